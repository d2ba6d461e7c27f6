using System.Diagnostics;

namespace Meic.Brokerage.Tests;

/// <summary>Headless Chromium, when installed (Debian package `chromium`).</summary>
public static class Chromium
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
            {
                var file = System.IO.Path.Combine(dir, name);
                if (File.Exists(file)) return file;
            }
        return null;
    }

    /// <summary>The DOM after scripts ran.</summary>
    public static string DumpDom(string url, string profileDir)
    {
        var psi = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", $"--user-data-dir={profileDir}", "--dump-dom", url })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); throw new TimeoutException("chromium did not finish"); }
        return output.Result;
    }
}

/// <summary>A fact that runs only where Chromium is installed, and says why it skipped otherwise.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null) Skip = "chromium is not installed: `apt-get install -y chromium` (CI must install the chromium package)";
    }
}
