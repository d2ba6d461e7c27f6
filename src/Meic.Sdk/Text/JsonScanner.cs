namespace Meic.Sdk.Text;

/// <summary>
/// A strict JSON reader over a string, token by token as the runtime's <c>Utf8JsonReader</c> reads
/// bytes: RFC 8259 strings and numbers, a nesting limit, optional comments and trailing commas, and
/// nothing after the top-level value. Errors say what was expected, with line and position.
/// </summary>
/// <remarks>
/// Written by hand because the configuration, the UI strings and the SDK's records are read on every
/// start: the runtime's reader costs more on its first use (its assembly, and vectorised search code
/// compiled at run time) than these small texts. So: plain loops over chars, no LINQ, no
/// <c>SearchValues</c>, no generic code over value types.
/// </remarks>
internal sealed class JsonScanner
{
    /// <summary>How deeply objects and arrays may nest unless told otherwise.</summary>
    public const int DefaultMaxDepth = 64;

    private const int End = -1;

    private readonly string _text;
    private readonly bool _comments;
    private readonly bool _trailingCommas;
    private readonly int _maxDepth;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private ulong _objects; // bit d-1 is set when the container at depth d is an object, clear for an array
    private bool _started;
    private int _valueStart;
    private int _valueEnd;
    private bool _escaped;
    private string? _string;

    /// <summary>A reader over <paramref name="text"/>.</summary>
    /// <param name="text">The JSON.</param>
    /// <param name="allowComments">Skip <c>//</c> and <c>/* */</c> comments where whitespace may go.</param>
    /// <param name="allowTrailingCommas">Accept a comma before a closing <c>}</c> or <c>]</c>.</param>
    /// <param name="maxDepth">How deeply objects and arrays may nest (1 to 64).</param>
    public JsonScanner(string text, bool allowComments = false, bool allowTrailingCommas = false, int maxDepth = DefaultMaxDepth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxDepth is < 1 or > 64) throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "from 1 to 64");
        _text = text;
        _comments = allowComments;
        _trailingCommas = allowTrailingCommas;
        _maxDepth = maxDepth;
        // A byte order mark is no part of the JSON (RFC 8259 lets a reader ignore it).
        if (text.Length > 0 && text[0] == '\uFEFF') _pos = _lineStart = 1;
    }

    /// <summary>What was read last.</summary>
    public JsonTokenKind Token { get; private set; }

    /// <summary>How many objects and arrays are open (a start token counts itself, an end token no longer).</summary>
    public int Depth { get; private set; }

    /// <summary>The 1-based line the last token starts on.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The 1-based position in its line, in characters, where the last token starts.</summary>
    public int Position { get; private set; } = 1;

    /// <summary>What the last token is, in words, for messages: <c>a number</c>, <c>an object</c>…</summary>
    public string TokenName => Token switch
    {
        JsonTokenKind.StartObject => "an object",
        JsonTokenKind.EndObject => "the end of an object",
        JsonTokenKind.StartArray => "an array",
        JsonTokenKind.EndArray => "the end of an array",
        JsonTokenKind.PropertyName => "a key",
        JsonTokenKind.String => "a string",
        JsonTokenKind.Number => "a number",
        JsonTokenKind.True => "true",
        JsonTokenKind.False => "false",
        JsonTokenKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>
    /// Reads the next token. False at the end of the text: after the top-level value, or at once when
    /// the text holds no value at all (callers say what that means for them).
    /// </summary>
    /// <exception cref="JsonScanException">The text is not JSON.</exception>
    public bool Read()
    {
        SkipBlank();
        if (Depth == 0)
        {
            if (_started)
            {
                if (_pos < _text.Length) throw Fail($"expected the end of the text after the value; found {Found()}", _pos);
                Token = JsonTokenKind.None;
                return false;
            }
            if (_pos >= _text.Length) return false;
            _started = true;
            return Value();
        }

        var inObject = (_objects & (1UL << (Depth - 1))) != 0;
        switch (Token)
        {
            case JsonTokenKind.PropertyName:
                if (Peek() != ':') throw Fail($"expected ':' after the key; found {Found()}", _pos);
                _pos++;
                SkipBlank();
                return Value();
            case JsonTokenKind.StartObject or JsonTokenKind.StartArray:
                if (AtCloser(inObject)) return Close(inObject);
                return inObject ? Key() : Value();
            default:
                if (AtCloser(inObject)) return Close(inObject);
                if (Peek() != ',')
                    throw Fail(inObject ? $"expected ',' or '}}' after the value; found {Found()}" : $"expected ',' or ']' after the item; found {Found()}", _pos);
                _pos++;
                SkipBlank();
                if (AtCloser(inObject))
                {
                    if (!_trailingCommas) throw Fail($"expected {(inObject ? "a key" : "a value")} after ','; found {Found()} (a trailing comma is not allowed)", _pos);
                    return Close(inObject);
                }
                return inObject ? Key() : Value();
        }
    }

    /// <summary>
    /// The text of the last token: a key or string unescaped, a number or literal as written.
    /// </summary>
    /// <exception cref="InvalidOperationException">The token is the start or end of an object or array.</exception>
    public string GetString()
    {
        switch (Token)
        {
            case JsonTokenKind.PropertyName or JsonTokenKind.String:
                return _string ??= _escaped ? Unescape() : _text.Substring(_valueStart, _valueEnd - _valueStart);
            case JsonTokenKind.Number or JsonTokenKind.True or JsonTokenKind.False or JsonTokenKind.Null:
                return _string ??= _text.Substring(_valueStart, _valueEnd - _valueStart);
            default:
                throw new InvalidOperationException($"{TokenName} has no text.");
        }
    }

    /// <summary>
    /// Skips the value the reader is on: a whole object or array from its start, the value of a key
    /// from the key; nothing for any other token (it is already read).
    /// </summary>
    /// <exception cref="JsonScanException">The text is not JSON.</exception>
    public void Skip()
    {
        if (Token == JsonTokenKind.PropertyName) Read();
        if (Token is not (JsonTokenKind.StartObject or JsonTokenKind.StartArray)) return;
        var depth = Depth;
        do Read(); while (Depth >= depth);
    }

    /// <summary>An error at the last token, for a reader that finds a value of the wrong kind there.</summary>
    public JsonScanException Error(string reason) => new(reason, Line, Position);

    // ---- values

    private bool Value()
    {
        Mark();
        switch (Peek())
        {
            case '{': return Open(true);
            case '[': return Open(false);
            case '"': ReadString(); Token = JsonTokenKind.String; return true;
            case 't': return Literal("true", JsonTokenKind.True);
            case 'f': return Literal("false", JsonTokenKind.False);
            case 'n': return Literal("null", JsonTokenKind.Null);
            case '-' or (>= '0' and <= '9'): ReadNumber(); return true;
            default: throw Fail($"expected a value; found {Found()}", _pos);
        }
    }

    private bool Key()
    {
        Mark();
        if (Peek() != '"') throw Fail($"expected a key in double quotes; found {Found()}", _pos);
        ReadString();
        Token = JsonTokenKind.PropertyName;
        return true;
    }

    private bool Open(bool isObject)
    {
        if (Depth >= _maxDepth) throw Fail($"the JSON nests deeper than {_maxDepth} levels", _pos);
        var bit = 1UL << Depth;
        _objects = isObject ? _objects | bit : _objects & ~bit;
        Depth++;
        _pos++;
        Token = isObject ? JsonTokenKind.StartObject : JsonTokenKind.StartArray;
        return true;
    }

    private bool AtCloser(bool inObject) => Peek() == (inObject ? '}' : ']');

    private bool Close(bool inObject)
    {
        Mark();
        _pos++;
        Depth--;
        Token = inObject ? JsonTokenKind.EndObject : JsonTokenKind.EndArray;
        return true;
    }

    private bool Literal(string word, JsonTokenKind token)
    {
        // Char by char rather than string.CompareOrdinal, whose vectorised code is compiled at run time.
        for (var i = 0; i < word.Length; i++)
            if (_pos + i >= _text.Length || _text[_pos + i] != word[i]) throw Fail($"expected a value; found {Found()}", _pos);
        _valueStart = _pos;
        _pos += word.Length;
        _valueEnd = _pos;
        Token = token;
        return true;
    }

    // RFC 8259: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    private void ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-') _pos++;
        if (!IsDigit(Peek())) throw Fail($"expected a digit after '-'; found {Found()}", _pos);
        if (Peek() == '0')
        {
            _pos++;
            if (IsDigit(Peek())) throw Fail("a number may not start with a leading zero", start);
        }
        else SkipDigits();
        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek())) throw Fail($"expected a digit after the decimal point; found {Found()}", _pos);
            SkipDigits();
        }
        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-') _pos++;
            if (!IsDigit(Peek())) throw Fail($"expected a digit in the exponent; found {Found()}", _pos);
            SkipDigits();
        }
        _valueStart = start;
        _valueEnd = _pos;
        Token = JsonTokenKind.Number;
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek())) _pos++;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    // Checks every escape while scanning, so GetString can unescape without checks (or not at all).
    private void ReadString()
    {
        var open = _pos;
        var escaped = false;
        _pos++;
        while (true)
        {
            if (_pos >= _text.Length) throw Fail("the string is not closed before the end of the text", open);
            var c = _text[_pos];
            if (c == '"') break;
            if (c == '\\')
            {
                escaped = true;
                ReadEscape();
            }
            else if (c < ' ')
            {
                throw c is '\n' or '\r'
                    ? Fail("the string is not closed on its line (a line break in a string is written \\n)", open)
                    : Fail($"a control character (U+{(int)c:X4}) in a string must be escaped", _pos);
            }
            else _pos++;
        }
        _valueStart = open + 1;
        _valueEnd = _pos;
        _escaped = escaped;
        _pos++;
    }

    private void ReadEscape()
    {
        var at = _pos;
        _pos++;
        switch (Peek())
        {
            case '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't':
                _pos++;
                return;
            case 'u':
                var unit = Hex4(at);
                if (char.IsHighSurrogate(unit))
                {
                    if (Peek() != '\\' || _pos + 1 >= _text.Length || _text[_pos + 1] != 'u' || !char.IsLowSurrogate(Hex4(_pos)))
                        throw Fail($"the escaped high surrogate \\u{(int)unit:X4} is not followed by an escaped low surrogate", at);
                }
                else if (char.IsLowSurrogate(unit)) throw Fail($"the escaped low surrogate \\u{(int)unit:X4} does not follow a high surrogate", at);
                return;
            default:
                throw Fail($"'\\' followed by {Found()} is not an escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at);
        }
    }

    // Reads "\uXXXX" starting at the backslash, leaving the reader after it.
    private char Hex4(int backslash)
    {
        _pos = backslash + 2;
        var value = 0;
        for (var i = 0; i < 4; i++, _pos++)
        {
            var digit = HexDigit(Peek());
            if (digit < 0) throw Fail($"expected four hexadecimal digits after \\u; found {Found()}", _pos);
            value = value * 16 + digit;
        }
        return (char)value;
    }

    private static int HexDigit(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private string Unescape()
    {
        var buffer = new char[_valueEnd - _valueStart];
        var n = 0;
        for (var i = _valueStart; i < _valueEnd; i++)
        {
            var c = _text[i];
            if (c != '\\') { buffer[n++] = c; continue; }
            c = _text[++i];
            switch (c)
            {
                case 'b': buffer[n++] = '\b'; break;
                case 'f': buffer[n++] = '\f'; break;
                case 'n': buffer[n++] = '\n'; break;
                case 'r': buffer[n++] = '\r'; break;
                case 't': buffer[n++] = '\t'; break;
                case 'u':
                    buffer[n++] = (char)(HexDigit(_text[i + 1]) << 12 | HexDigit(_text[i + 2]) << 8 | HexDigit(_text[i + 3]) << 4 | HexDigit(_text[i + 4]));
                    i += 4;
                    break;
                default: buffer[n++] = c; break; // " \ /
            }
        }
        return new string(buffer, 0, n);
    }

    // ---- whitespace, comments, positions

    private void SkipBlank()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\r') _pos++;
            else if (c == '\n') NewLine();
            else if (c == '/' && _comments) SkipComment();
            else return;
        }
    }

    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void SkipComment()
    {
        var start = _pos;
        _pos++;
        if (Peek() == '/')
        {
            while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            return;
        }
        if (Peek() != '*') throw Fail($"expected '/' or '*' after '/' to start a comment; found {Found()}", _pos);
        _pos++;
        while (true)
        {
            if (_pos >= _text.Length) throw Fail("the comment is not closed with */ before the end of the text", start);
            var c = _text[_pos];
            if (c == '*' && _pos + 1 < _text.Length && _text[_pos + 1] == '/') { _pos += 2; return; }
            if (c == '\n') NewLine();
            else _pos++;
        }
    }

    private int Peek() => _pos < _text.Length ? _text[_pos] : End;

    // Where the next token starts; it has no text yet.
    private void Mark()
    {
        _string = null;
        Line = _line;
        Position = _pos - _lineStart + 1;
    }

    // The character at the reader, in words, for messages.
    private string Found()
    {
        var c = Peek();
        if (c == End) return "the end of the text";
        if (c == '/' && !_comments) return "'/' (comments are not allowed here)";
        if (c < ' ' || char.IsSurrogate((char)c)) return $"U+{c:X4}";
        return $"'{(char)c}'";
    }

    private JsonScanException Fail(string reason, int index)
    {
        if (index >= _lineStart) return new JsonScanException(reason, _line, index - _lineStart + 1);
        // Where an unclosed string or comment started: an earlier line, counted again.
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
            if (_text[i] == '\n') { line++; lineStart = i + 1; }
        return new JsonScanException(reason, line, index - lineStart + 1);
    }
}
