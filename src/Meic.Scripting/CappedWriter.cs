using System.Text;

namespace Meic.Scripting;

/// <summary>
/// Buffers a script's output and passes it on until a limit, then drops the rest and remembers it did:
/// a script printing megabytes neither floods the terminal nor crawls through a flush per line.
/// </summary>
public sealed class CappedWriter(TextWriter inner, long maxChars) : TextWriter
{
    private const int BufferSize = 32 * 1024;
    private readonly StringBuilder _buffer = new();
    private long _written;

    /// <summary>Whether output was dropped.</summary>
    public bool Truncated { get; private set; }

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        lock (_buffer)
        {
            if (Take(1) == 1) Append(value.ToString());
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        lock (_buffer)
        {
            var n = Take(value.Length);
            if (n > 0) Append(n == value.Length ? value : value[..n]);
        }
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        lock (_buffer)
        {
            Write(value);
            Write(CoreNewLine);
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        lock (_buffer)
        {
            if (_buffer.Length > 0) inner.Write(_buffer.ToString());
            _buffer.Clear();
            inner.Flush();
        }
    }

    private void Append(string text)
    {
        _buffer.Append(text);
        if (_buffer.Length >= BufferSize) Flush();
    }

    private int Take(int count)
    {
        var room = maxChars - _written;
        if (room <= 0) { Truncated = true; return 0; }
        var n = (int)Math.Min(room, count);
        if (n < count) Truncated = true;
        _written += n;
        return n;
    }
}
