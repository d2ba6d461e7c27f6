using Meic.Testing;

namespace Meic.Facilitation.Tests;

/// <summary>A real Rome workspace made by the real host, for end-to-end runs.</summary>
internal sealed class Workspace : IDisposable
{
    private readonly TempDir _dir = new("meic-fac");

    public Workspace()
    {
        var r = MeicProcess.Run(_dir.Path, "init", "ws", "--template", "rome", "--lang", "en");
        if (r.ExitCode != 0) throw new InvalidOperationException(r.ToString());
    }

    public string Path => System.IO.Path.Combine(_dir.Path, "ws");

    public MeicResult Meic(params string[] args) => MeicProcess.Run(Path, ["--lang", "en", .. args]);

    public MeicResult Ok(params string[] args)
    {
        var r = Meic(args);
        r.ExitCode.ShouldBe(0, r.ToString());
        return r;
    }

    public void Dispose() => _dir.Dispose();
}
