using System.Globalization;
using System.Text;

namespace Meic.Sdk.Text;

/// <summary>
/// Writes JSON text, compact or indented, to the character as Newtonsoft.Json writes it with the
/// toolkit's settings (<see cref="Json.Settings"/>, <see cref="Json.Indented"/>): two-space indents,
/// <c>"name": value</c>, <c>[]</c> and <c>{}</c> for empty containers, and strings escaped as its
/// default <c>StringEscapeHandling</c> does. The caller writes well-formed JSON; nothing is checked.
/// </summary>
/// <remarks>
/// By hand rather than with the runtime's writer: on the start-up path its first use (assembly, encoder
/// tables, vectorised code compiled at run time) costs more than the text it writes.
/// </remarks>
internal sealed class JsonPrinter
{
    private readonly StringBuilder _out;
    private readonly bool _indented;
    private int _depth;
    private ulong _hasItems; // bit d-1 is set once the container at depth d holds something
    private bool _afterName;

    /// <summary>A writer into a new buffer.</summary>
    /// <param name="indented">Newtonsoft.Json's <c>Formatting.Indented</c> layout rather than compact text.</param>
    /// <param name="capacity">The buffer's first size, in characters.</param>
    public JsonPrinter(bool indented, int capacity = 512)
    {
        _out = new StringBuilder(capacity);
        _indented = indented;
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _out.ToString();

    /// <summary>Starts an object.</summary>
    public void StartObject() => Open('{');

    /// <summary>Starts an object as the value of <paramref name="name"/>.</summary>
    public void StartObject(string name)
    {
        Name(name);
        Open('{');
    }

    /// <summary>Ends the object.</summary>
    public void EndObject() => Close('}');

    /// <summary>Starts an array.</summary>
    public void StartArray() => Open('[');

    /// <summary>Starts an array as the value of <paramref name="name"/>.</summary>
    public void StartArray(string name)
    {
        Name(name);
        Open('[');
    }

    /// <summary>Ends the array.</summary>
    public void EndArray() => Close(']');

    /// <summary>Writes a key; its value comes next.</summary>
    public void Name(string name)
    {
        BeforeValue();
        Quoted(name);
        _out.Append(':');
        if (_indented) _out.Append(' ');
        _afterName = true;
    }

    /// <summary>Writes a string, escaped.</summary>
    public void String(string value)
    {
        BeforeValue();
        Quoted(value);
    }

    /// <summary>Writes <paramref name="name"/> and a string.</summary>
    public void String(string name, string value)
    {
        Name(name);
        String(value);
    }

    /// <summary>Writes a whole number.</summary>
    public void Number(long value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <paramref name="name"/> and a whole number.</summary>
    public void Number(string name, long value)
    {
        Name(name);
        Number(value);
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void Boolean(bool value) => Raw(value ? "true" : "false");

    /// <summary>Writes <paramref name="name"/> and <c>true</c> or <c>false</c>.</summary>
    public void Boolean(string name, bool value)
    {
        Name(name);
        Boolean(value);
    }

    /// <summary>Writes <c>null</c>.</summary>
    public void Null() => Raw("null");

    /// <summary>Writes <paramref name="json"/> as it is, as a value: a number already formatted, say.</summary>
    public void Raw(string json)
    {
        BeforeValue();
        _out.Append(json);
    }

    /// <summary>Writes <paramref name="name"/> and <paramref name="json"/> as it is.</summary>
    public void Raw(string name, string json)
    {
        Name(name);
        Raw(json);
    }

    private void Open(char bracket)
    {
        BeforeValue();
        if (_depth == 64) throw new InvalidOperationException("JSON nested deeper than 64 levels.");
        _out.Append(bracket);
        _hasItems &= ~(1UL << _depth);
        _depth++;
    }

    private void Close(char bracket)
    {
        var hadItems = (_hasItems & (1UL << (_depth - 1))) != 0;
        _depth--;
        // Newtonsoft.Json puts the closing bracket of an empty container right after the opening one.
        if (_indented && hadItems) NewLine();
        _out.Append(bracket);
    }

    // The comma and line break before a value in a container; none for the value of a key.
    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }
        if (_depth == 0) return;
        var bit = 1UL << (_depth - 1);
        if ((_hasItems & bit) != 0) _out.Append(',');
        _hasItems |= bit;
        if (_indented) NewLine();
    }

    // Two spaces at a time rather than Append(' ', count): that one fills with vectorised code
    // compiled at run time.
    private void NewLine()
    {
        _out.Append(Environment.NewLine);
        for (var i = 0; i < _depth; i++) _out.Append("  ");
    }

    // Newtonsoft.Json's StringEscapeHandling.Default: the quote, the backslash, control characters
    // (short forms where JSON has them, else \u00xx in lower case) and U+0085, U+2028, U+2029 (line
    // breaks to JavaScript). Everything else, accents and emoji included, is written as it is.
    private void Quoted(string value)
    {
        _out.Append('"');
        var from = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\' && c != '\u0085' && c != '\u2028' && c != '\u2029') continue;
            _out.Append(value, from, i - from);
            from = i + 1;
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\b': _out.Append("\\b"); break;
                case '\f': _out.Append("\\f"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                default:
                    _out.Append("\\u");
                    _out.Append(HexDigit(c >> 12)).Append(HexDigit(c >> 8)).Append(HexDigit(c >> 4)).Append(HexDigit(c));
                    break;
            }
        }
        _out.Append(value, from, value.Length - from);
        _out.Append('"');
    }

    private static char HexDigit(int value)
    {
        value &= 0xF;
        return (char)(value < 10 ? '0' + value : 'a' + value - 10);
    }
}
