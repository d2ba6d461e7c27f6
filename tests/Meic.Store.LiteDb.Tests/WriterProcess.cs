using System.Diagnostics;
using Meic.Testing;

namespace Meic.Store.LiteDb.Tests;

/// <summary>The LiteDB writer fixture as a real child process.</summary>
internal static class WriterProcess
{
    public static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(Repo.Root, "artifacts", "fixtures", "litedb-writer", "Fixture.LiteDbWriter.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(psi)!;
    }
}
