using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Sdk.Plugins;

/// <summary>Everything a command, screen, handler or script needs from the host.</summary>
public interface IMeicContext
{
    /// <summary>The cluster workspace's folder.</summary>
    string WorkspaceDirectory { get; }

    /// <summary>The store, opened on first use.</summary>
    IDocumentStore Store { get; }

    /// <summary>The console to write human output to. Text from data must be escaped or written as <see cref="Text"/>.</summary>
    IAnsiConsole Console { get; }

    /// <summary>The writer machine-readable output (<c>--json</c>) goes to.</summary>
    TextWriter Out { get; }

    /// <summary>The active language (it, es, en).</summary>
    string Language { get; }

    /// <summary>Whether <c>--json</c> was given.</summary>
    bool Json { get; }

    /// <summary>Whether <c>--verbose</c> was given.</summary>
    bool Verbose { get; }

    /// <summary>The clock; tests replace it.</summary>
    IClock Clock { get; }

    /// <summary>Who is working (recorded in the journal).</summary>
    string User { get; }

    /// <summary>Publishes a domain event (for example <c>meeting.closed</c>) to subscribers and hooks, after the change is committed.</summary>
    void Publish(MeicEvent e);

    /// <summary>A service published by a loaded plugin, or null when none is.</summary>
    T? GetService<T>() where T : class;

    /// <summary>A plugin-specific setting from toolkit.json (<c>settings.&lt;pluginId&gt;.&lt;key&gt;</c>), or null.</summary>
    string? Setting(string pluginId, string key);

    /// <summary>Writes <paramref name="value"/> as indented JSON to <see cref="Out"/>.</summary>
    void WriteJson(object? value);

    /// <summary>
    /// The vocabulary service for this workspace: the SDK's and the loaded plugins' vocabularies with the cluster's areas
    /// and districts (and its template's synonyms) layered over them. Labels for display, parsing for input.
    /// </summary>
    Vocabularies Vocabularies => Vocabularies.Shared;
}

/// <summary>Something that happened in the cluster, for subscribers and script hooks.</summary>
/// <param name="Name">Dotted name, for example <c>actor.added</c> or <c>meeting.closed</c>.</param>
/// <param name="Subject">The id of the record concerned.</param>
/// <param name="Data">Extra data, as JSON-serialisable values.</param>
public sealed record MeicEvent(string Name, string Subject, IReadOnlyDictionary<string, object?>? Data = null);

/// <summary>The time, behind an interface so tests can fix it.</summary>
public interface IClock
{
    /// <summary>The current instant.</summary>
    DateTimeOffset Now { get; }
}
