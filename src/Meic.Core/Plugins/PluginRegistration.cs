using System.CommandLine;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;

namespace Meic.Core.Plugins;

/// <summary>What one plugin registered with the host.</summary>
public sealed class PluginRegistration(string pluginId) : IPluginRegistry
{
    /// <inheritdoc />
    public string PluginId { get; } = pluginId;

    /// <summary>Collections it declared.</summary>
    public List<CollectionSpec> Collections { get; } = new();
    /// <summary>Its migrations.</summary>
    public List<Migration> Migrations { get; } = new();
    /// <summary>Its command factories by name.</summary>
    public Dictionary<string, Func<IMeicContext, Command>> Commands { get; } = new(StringComparer.Ordinal);
    /// <summary>Its screen factories by id.</summary>
    /// <summary>Its event handlers.</summary>
    public List<(string Event, Action<IMeicContext, MeicEvent> Handler)> Subscriptions { get; } = new();
    /// <summary>The services it publishes.</summary>
    public Dictionary<Type, Func<IMeicContext, object>> Services { get; } = new();
    /// <summary>Its template seeders.</summary>
    public List<Action<IMeicContext, TemplateSource>> Seeders { get; } = new();

    /// <inheritdoc />
    public void AddCollection(CollectionSpec spec) => Collections.Add(spec);
    /// <inheritdoc />
    public void AddMigration(Migration migration) => Migrations.Add(migration);
    /// <inheritdoc />
    public void AddCommand(string name, Func<IMeicContext, Command> factory) => Commands[name] = factory;
    /// <inheritdoc />
    /// <summary>The screens of the terminal application, by id: each describes its view when opened.</summary>
    public Dictionary<string, Func<Meic.Sdk.Screens.IScreenContext, Meic.Sdk.Screens.ScreenView>> Views { get; } = new(StringComparer.Ordinal);

    public void AddScreen(string id, Func<Meic.Sdk.Screens.IScreenContext, Meic.Sdk.Screens.ScreenView> open) => Views[id] = open;
    /// <inheritdoc />
    public void Subscribe(string eventName, Action<IMeicContext, MeicEvent> handler) => Subscriptions.Add((eventName, handler));
    /// <inheritdoc />
    public void AddService<T>(Func<IMeicContext, T> factory) where T : class => Services[typeof(T)] = factory;
    /// <inheritdoc />
    public void AddTemplateSeeder(Action<IMeicContext, TemplateSource> seeder) => Seeders.Add(seeder);
}
