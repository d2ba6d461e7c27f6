using Meic.Core.Store;
using Meic.FocusGroups;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.FocusGroups.Transcripts;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Meic.Testing;
using Spectre.Console;

namespace Meic.FocusGroups.Tests;

/// <summary>A real SQLite store in a temp folder with the plugin's collections declared, and a context over it.</summary>
public sealed class FocusHarness : IMeicContext, IDisposable
{
    private readonly TempDir _dir = new("meic-focus");
    private readonly SqliteDocumentStore _store;

    public FocusHarness()
    {
        _store = SqliteDocumentStore.Open(Path.Combine(_dir.Path, "cluster.db"), create: true);
        _store.Declare(new CollectionSpec("actors"));
        foreach (var spec in Collections.Specs()) _store.Declare(spec);
        Fs = new FocusStore(_store);
    }

    public FocusStore Fs { get; }
    public TempDir Dir => _dir;
    public StringWriter Output { get; } = new();
    public string WorkspaceDirectory => _dir.Path;
    public IDocumentStore Store => _store;
    public IAnsiConsole Console => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
    public TextWriter Out => Output;
    public string Language { get; set; } = "en";
    public bool Json { get; set; }
    public bool Verbose => false;
    public IClock Clock { get; } = new FixedClock();
    public string User => "tester";
    public List<MeicEvent> Events { get; } = new();
    public void Publish(MeicEvent e) => Events.Add(e);
    public T? GetService<T>() where T : class => null;
    public string? Setting(string pluginId, string key) => null;
    public void WriteJson(object? value) => Output.WriteLine(Meic.Sdk.Text.Json.Serialize(value));

    /// <summary>A session with named participants and one imported transcript.</summary>
    public FgSession Session(string id, string transcript, params string[] participants)
    {
        var session = new FgSession { Id = id, Topic = "work and training" };
        var key = new PseudonymKey { Id = $"key-{id}", SessionId = id };
        foreach (var p in participants) Participants.Add(session, key, p, null, p == "Anna Verdi" ? "facilitator" : "participant");
        Fs.Sessions.Insert(session);
        Fs.Keys.Insert(key);
        new TranscriptImporter(Fs).Import(id, "t.txt", TextSource.Normalize(transcript), "txt", null, "2024-01-01T00:00:00Z");
        return Fs.Session(id);
    }

    public void Dispose() { _store.Dispose(); _dir.Dispose(); }

    private sealed class FixedClock : IClock { public DateTimeOffset Now { get; } = new(2024, 5, 6, 10, 0, 0, TimeSpan.Zero); }
}
