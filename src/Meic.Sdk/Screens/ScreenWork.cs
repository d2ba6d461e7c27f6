namespace Meic.Sdk.Screens;

/// <summary>
/// What the shell tells a screen's long work (<see cref="ListScreen.Background"/>): where to say how far it has come,
/// and that the user has left the screen, so it stops.
/// </summary>
public sealed class ScreenWork
{
    private readonly Action<double>? _progress;

    /// <summary>Work that reports to <paramref name="progress"/> (a fraction from 0 to 1) and stops when <paramref name="cancellation"/> is cancelled.</summary>
    public ScreenWork(Action<double>? progress, CancellationToken cancellation)
    {
        _progress = progress;
        Cancellation = cancellation;
    }

    /// <summary>Work run in place, told nothing (a test, a command): no progress shown, never cancelled.</summary>
    public static ScreenWork InPlace { get; } = new(null, CancellationToken.None);

    /// <summary>Cancelled when the user leaves the screen or it is read again: the work throws <see cref="OperationCanceledException"/> or returns.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>How far the work has come, from 0 to 1; may be called from any thread, as often as convenient.</summary>
    public void Report(double fraction) => _progress?.Invoke(Math.Clamp(fraction, 0, 1));
}
