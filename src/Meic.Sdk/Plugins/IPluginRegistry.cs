using System.CommandLine;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Sdk.Plugins;

/// <summary>What a plugin can contribute to the host.</summary>
public interface IPluginRegistry
{
    /// <summary>The id from the plugin's manifest.</summary>
    string PluginId { get; }

    /// <summary>Declares a collection the plugin stores documents in.</summary>
    void AddCollection(CollectionSpec spec);

    /// <summary>Adds a schema migration; the host runs pending ones once, atomically, before the plugin's first command.</summary>
    void AddMigration(Migration migration);

    /// <summary>
    /// Contributes the top-level command <paramref name="name"/>, which must be declared in the manifest.
    /// The factory is called only when that command is invoked.
    /// </summary>
    void AddCommand(string name, Func<IMeicContext, Command> factory);

    /// <summary>
    /// Contributes a screen of the terminal application, which must be declared in the manifest: <paramref name="open"/>
    /// describes it (<see cref="Screens.ListScreen"/>, <see cref="Screens.FormScreen"/>, <see cref="Screens.TextScreen"/> or
    /// <see cref="Screens.TerminalScreen"/>) when the user opens it from the plugin's menu; the shell draws it.
    /// </summary>
    void AddScreen(string id, Func<Screens.IScreenContext, Screens.ScreenView> open);

    /// <summary>Runs <paramref name="handler"/> after every committed event named <paramref name="eventName"/> (<c>*</c> for all).</summary>
    void Subscribe(string eventName, Action<IMeicContext, MeicEvent> handler);

    /// <summary>Publishes a service (for example a meetings reader) that other plugins and scripts can ask the context for.</summary>
    void AddService<T>(Func<IMeicContext, T> factory) where T : class;

    /// <summary>Seeds the plugin's part of a new workspace from a cluster template folder (for example a codebook).</summary>
    void AddTemplateSeeder(Action<IMeicContext, TemplateSource> seeder);

    /// <summary>
    /// Registers the plugin's controlled vocabularies (its enums' labels per language and synonyms), defined in the JSON
    /// resource <paramref name="resourceName"/> of <paramref name="assembly"/> in the shape <see cref="Vocabularies.Read"/> reads.
    /// A vocabulary of the same name replaces the earlier one.
    /// </summary>
    /// <exception cref="InvalidDataException">The resource is missing or not a valid definition.</exception>
    void AddVocabularies(System.Reflection.Assembly assembly, string resourceName) => Vocabularies.Shared.AddFrom(assembly, resourceName);
}

/// <summary>A cluster template being applied to a new workspace.</summary>
/// <param name="Name">The template's name (rome, madrid, blank or a city's own).</param>
/// <param name="Directory">The template's folder.</param>
/// <param name="Language">The workspace's language.</param>
public sealed record TemplateSource(string Name, string Directory, string Language);
