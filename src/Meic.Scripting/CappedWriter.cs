using System.Text;

namespace Meic.Scripting;

/// <summary>Passes writes through until a limit, then drops the rest and remembers it did: a script printing megabytes cannot flood the terminal.</summary>
public sealed class CappedWriter(TextWriter inner, long maxChars) : TextWriter
{
    private long _written;

    /// <summary>Whether output was dropped.</summary>
    public bool Truncated { get; private set; }

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (Take(1) == 1) inner.Write(value);
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        var n = Take(count);
        if (n > 0) inner.Write(buffer, index, n);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is null) return;
        var n = Take(value.Length);
        if (n == value.Length) inner.Write(value);
        else if (n > 0) inner.Write(value.AsSpan(0, n));
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    private int Take(int count)
    {
        lock (this)
        {
            var room = maxChars - _written;
            if (room <= 0) { Truncated = true; return 0; }
            var n = (int)Math.Min(room, count);
            if (n < count) Truncated = true;
            _written += n;
            return n;
        }
    }
}
