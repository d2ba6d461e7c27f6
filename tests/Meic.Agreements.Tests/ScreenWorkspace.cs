using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Core.Workspace;
using Meic.Sdk.Screens;
using Meic.Testing;

namespace Meic.Agreements.Tests;

/// <summary>
/// A real workspace made once per template with <c>meic init</c>, copied for each test, opened in Italian with the
/// mapping plugin registered, and a <see cref="ScreenProbe"/> to run its screens.
/// </summary>
public sealed class ScreenWorkspace : IDisposable
{
    private static readonly Lazy<string> RomeTemplate = new(() => Init("rome"));
    private static readonly Lazy<string> BlankTemplate = new(() => Init("blank", "--city", "Torino"));

    private readonly TempDir _dir = new("meic-agr-screens");
    private MeicContext? _context;

    private static string Init(string template, params string[] more)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"meic-agr-screens-{template}-{Guid.NewGuid():N}");
        var init = MeicProcess.Run(Path.GetTempPath(), ["init", dir, "--template", template, "--lang", "it", .. more]);
        if (init.ExitCode != 0) throw new InvalidOperationException(init.ToString());
        // In the test process the application folder is the test's bin/: the catalog finds the templates in the workspace.
        var own = Path.Combine(dir, "agreements");
        System.IO.Directory.CreateDirectory(own);
        foreach (var source in new[] { Path.Combine(Repo.Root, "templates", "agreements"), Path.Combine(Repo.Root, "templates", "clusters", "rome", "agreements") })
            foreach (var file in System.IO.Directory.GetFiles(source))
                File.Copy(file, Path.Combine(own, Path.GetFileName(file)), overwrite: true);
        return dir;
    }

    public static ScreenWorkspace Rome(Action<MeicContext>? prepare = null) => new(RomeTemplate.Value, prepare);

    public static ScreenWorkspace Blank(Action<MeicContext>? prepare = null) => new(BlankTemplate.Value, prepare);

    private ScreenWorkspace(string template, Action<MeicContext>? prepare)
    {
        Directory = Copy(template, Path.Combine(_dir.Path, "ws"));
        if (prepare is not null)
            using (var first = NewContext()) prepare(first);
        _context = NewContext();
        Registration = new PluginRegistration(AgreementsPlugin.Id);
        new AgreementsPlugin().Register(Registration);
        foreach (var spec in Registration.Collections) _context.Store.Declare(spec);
        Probe = new ScreenProbe(_context);
    }

    public string Directory { get; }
    public MeicContext Context => _context!;
    public PluginRegistration Registration { get; }
    public ScreenProbe Probe { get; }

    private MeicContext NewContext() =>
        new(ClusterWorkspace.Load(Directory), PluginCatalog.Discover([], [], []), () => throw new InvalidOperationException("screens never write to the console"),
            TextWriter.Null, TextWriter.Null, "it", json: false, verbose: false);

    /// <summary>The screen registered as <paramref name="id"/>, opened.</summary>
    public T Open<T>(string id) where T : ScreenView => (T)Registration.Views[id](Probe);

    /// <summary>A copy of the workspace as it is now, for the command line to work on.</summary>
    public string CopyNow(string name) => Copy(Directory, Path.Combine(_dir.Path, name));

    private static string Copy(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    public void Dispose()
    {
        _context?.Dispose();
        _context = null;
        _dir.Dispose();
    }
}
