namespace Meic.Cli.App;

/// <summary>
/// Whether the checkout's Release build is still current, asked by <c>./meic</c> of the built host itself.
/// The check compares the modification times of the paths the last build read (<c>artifacts/release/inputs</c>)
/// with their times then (<c>artifacts/release/stamp</c>, written by <c>scripts/release.sh</c> with
/// <c>stat -c '%n %.9Y'</c>). Done in-process it costs about a millisecond; the same check in the shell
/// (bash, <c>mapfile</c>, a <c>stat</c> process) cost about 20 ms on every call of <c>./meic</c>.
/// </summary>
internal static class BuildStamp
{
    /// <summary>The checkout folder; set only by <c>./meic</c>.</summary>
    public const string CheckoutVariable = "MEIC_CHECKOUT";

    /// <summary>The file to create when the build is stale, so <c>./meic</c> can tell this exit from a command's.</summary>
    public const string MarkVariable = "MEIC_STALE_MARK";

    /// <summary>The exit code that, with the mark file present, tells <c>./meic</c> to rebuild and run again.</summary>
    public const int StaleExitCode = 75;

    /// <summary>
    /// True when <c>./meic</c> asked and a source changed since the build: the mark is then written and nothing
    /// else may run. The variables are cleared either way, so processes this run starts do not inherit them.
    /// </summary>
    public static bool CheckoutIsStale()
    {
        var checkout = Environment.GetEnvironmentVariable(CheckoutVariable);
        var mark = Environment.GetEnvironmentVariable(MarkVariable);
        if (checkout is null || mark is null) return false;
        Environment.SetEnvironmentVariable(CheckoutVariable, null);
        Environment.SetEnvironmentVariable(MarkVariable, null);
        if (IsCurrent(checkout)) return false;
        try { File.WriteAllText(mark, ""); }
        catch (IOException) { return false; } // no mark, no rebuild: run the build there is rather than fail
        catch (UnauthorizedAccessException) { return false; }
        return true;
    }

    /// <summary>Every listed path still has the time the stamp recorded (to the 100 ns .NET keeps).</summary>
    public static bool IsCurrent(string checkout)
    {
        string[] inputs, stamp;
        try
        {
            inputs = File.ReadAllLines(Path.Combine(checkout, "artifacts", "release", "inputs"));
            stamp = File.ReadAllLines(Path.Combine(checkout, "artifacts", "release", "stamp"));
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
        if (inputs.Length == 0 || inputs.Length != stamp.Length) return false;
        for (var i = 0; i < inputs.Length; i++)
        {
            var line = stamp[i];
            var path = inputs[i];
            // "%n %.9Y": the path as listed, a space, seconds since 1970 with nine decimals.
            if (line.Length <= path.Length + 1 || !line.StartsWith(path, StringComparison.Ordinal) || line[path.Length] != ' ') return false;
            if (!TryTicks(line.AsSpan(path.Length + 1), out var recorded)) return false;
            var full = Path.Combine(checkout, path);
            if (!File.Exists(full) && !Directory.Exists(full)) return false;
            var actual = (File.GetLastWriteTimeUtc(full) - DateTime.UnixEpoch).Ticks;
            if (actual != recorded) return false;
        }
        return true;
    }

    // "1733150000.123456789" as 100 ns ticks since 1970 (the last two digits are below what .NET keeps).
    private static bool TryTicks(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        var dot = text.IndexOf('.');
        if (dot <= 0 || text.Length - dot - 1 < 7) return false;
        if (!long.TryParse(text[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)) return false;
        if (!long.TryParse(text.Slice(dot + 1, 7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var fraction)) return false;
        ticks = seconds * TimeSpan.TicksPerSecond + fraction;
        return true;
    }
}
