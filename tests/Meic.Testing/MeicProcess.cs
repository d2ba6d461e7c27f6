using System.Diagnostics;

namespace Meic.Testing;

/// <summary>The result of one run of the real `meic` executable.</summary>
public sealed record MeicResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>Runs the built `meic` host as a child process, as a user would.</summary>
public static class MeicProcess
{
    public static MeicResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    public static MeicResult Run(string workingDirectory, IDictionary<string, string?>? env, params string[] args)
    {
        var psi = Start(workingDirectory, env, args);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // Only catches a hung child: on a machine whose cores are busy a cold start with a compile can take minutes.
        if (!p.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"meic {string.Join(' ', args)} did not finish");
        }
        return new MeicResult(p.ExitCode, stdout.Result, stderr.Result);
    }

    public static ProcessStartInfo Start(string workingDirectory, IDictionary<string, string?>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Repo.Host);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["MEIC_PLUGIN_PATH"] = "";
        psi.Environment["MEIC_LANG"] = null;
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        return psi;
    }
}
