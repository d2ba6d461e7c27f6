using System.Diagnostics;
using Meic.Testing;

namespace Meic.Store.LiteDb.Tests;

/// <summary>
/// The LiteDB writer fixture as a real child process. Every wait on it is bounded: a child that does not answer in
/// time is killed and the test fails saying what it waited for. The bounds are generous (a busy machine is slow, never stuck).
/// </summary>
internal sealed class WriterProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;

    private WriterProcess(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync(); // drained from the start: a full stderr pipe would block the child
    }

    public static WriterProcess Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(Repo.Root, "artifacts", "fixtures", "litedb-writer", "Fixture.LiteDbWriter.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new WriterProcess(Process.Start(psi)!);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The child's next line of output; kills it and fails when none comes within <paramref name="limit"/>.</summary>
    public string ReadLine(TimeSpan limit, string awaited)
    {
        using var timeout = new CancellationTokenSource(limit);
        var line = _process.StandardOutput.ReadLineAsync(timeout.Token).AsTask();
        try
        {
            line.Wait(timeout.Token);
            return line.Result ?? Fail($"the writer ended before {awaited}");
        }
        catch (OperationCanceledException)
        {
            return Fail($"the writer did not print {awaited} within {limit.TotalSeconds:0} s");
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException)
        {
            return Fail($"the writer did not print {awaited} within {limit.TotalSeconds:0} s");
        }
    }

    /// <summary>Everything the child prints until it ends; kills it and fails when it does not end within <paramref name="limit"/>.</summary>
    public string ReadToEnd(TimeSpan limit, string awaited)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            var all = _process.StandardOutput.ReadToEndAsync(timeout.Token);
            all.Wait(timeout.Token);
            _process.WaitForExitAsync(timeout.Token).Wait(timeout.Token);
            return all.Result;
        }
        catch (Exception e) when (e is OperationCanceledException or AggregateException { InnerException: OperationCanceledException })
        {
            return Fail($"the writer did not finish {awaited} within {limit.TotalSeconds:0} s");
        }
    }

    /// <summary>What the child wrote to stderr, once it has ended (waits at most a minute for the pipe to close).</summary>
    public string Errors => _errors.Wait(TimeSpan.FromMinutes(1)) ? _errors.Result : "(stderr still open)";

    /// <summary>SIGKILL, then a bounded wait for the kernel to reap it.</summary>
    public void Kill(string awaited = "its end after SIGKILL")
    {
        _process.Kill(entireProcessTree: true);
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
            throw new Xunit.Sdk.XunitException($"the writer {_process.Id} did not end within 120 s of {awaited}");
    }

    private string Fail(string what)
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // it ended in between
        _process.WaitForExit(TimeSpan.FromMinutes(1));
        throw new Xunit.Sdk.XunitException($"{what}; stderr: {Errors}");
    }

    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already gone
        _process.Dispose();
    }
}
