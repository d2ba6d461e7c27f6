namespace Meic.Facilitation.Console;

/// <summary>Where the live console's keys come from: the terminal, or a script in tests.</summary>
internal interface IKeys
{
    /// <summary>The next key, or null when none came within <paramref name="wait"/> (the screen then redraws its clock).</summary>
    ConsoleKeyInfo? Next(TimeSpan wait);
}

/// <summary>Keys from the real terminal, polled so the countdown can tick between key presses.</summary>
internal sealed class TerminalKeys : IKeys
{
    public ConsoleKeyInfo? Next(TimeSpan wait)
    {
        var deadline = Environment.TickCount64 + (long)wait.TotalMilliseconds;
        while (Environment.TickCount64 < deadline)
        {
            if (System.Console.KeyAvailable) return System.Console.ReadKey(intercept: true);
            Thread.Sleep(40);
        }
        return null;
    }
}
