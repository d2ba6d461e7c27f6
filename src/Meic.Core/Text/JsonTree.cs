using Meic.Sdk.Text;

namespace Meic.Core.Text;

/// <summary>The kind of a <see cref="JsonTree"/> node.</summary>
public enum JsonKind
{
    /// <summary>An object.</summary>
    Object,
    /// <summary>An array.</summary>
    Array,
    /// <summary>A string.</summary>
    String,
    /// <summary>A number.</summary>
    Number,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>null.</summary>
    Null,
}

/// <summary>
/// A small read-only JSON tree that remembers where each value sits (JSON path and line), for
/// configuration files whose errors must name both. Read with the SDK's small <see cref="JsonScanner"/>:
/// these files are read on every start, and a general-purpose JSON library's first use costs more than the file.
/// </summary>
public sealed class JsonTree
{

    private JsonTree(JsonKind kind, string path, int line)
    {
        Kind = kind; Path = path; Line = line;
    }

    /// <summary>What this value is.</summary>
    public JsonKind Kind { get; }
    /// <summary>Its JSON path, such as <c>store.kind</c> or <c>hooks['actor.added'][0]</c> (empty for the root).</summary>
    public string Path { get; }
    /// <summary>The 1-based line it starts on.</summary>
    public int Line { get; }
    /// <summary>The text of a string, the literal of a number, <c>true</c>/<c>false</c>, or <c>null</c>.</summary>
    public string Text { get; private init; } = "";
    /// <summary>An object's properties, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonTree>> Properties { get; private init; } = [];
    /// <summary>An array's items.</summary>
    public IReadOnlyList<JsonTree> Items { get; private init; } = [];

    /// <summary>The property named <paramref name="name"/> of an object, or null.</summary>
    public JsonTree? this[string name]
    {
        get
        {
            foreach (var p in Properties) if (p.Key == name) return p.Value;
            return null;
        }
    }

    /// <summary>Whether a number is whole (no fraction, no exponent).</summary>
    public bool IsInteger => Kind == JsonKind.Number && IsWhole(Text);

    /// <summary>A number's value.</summary>
    public double Number => double.Parse(Text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value in one line of JSON, for messages.</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => $"the string \"{Text}\"",
        JsonKind.Null => "null",
        JsonKind.Boolean => $"boolean {Text}",
        _ => $"{(IsInteger ? "integer" : "float")} {Text}",
    };

    /// <summary>Parses <paramref name="text"/>. Comments and trailing commas are allowed; duplicated keys are not.</summary>
    /// <exception cref="JsonTreeException">The text is not JSON, or an object repeats a key.</exception>
    public static JsonTree Parse(string text)
    {
        var reader = new JsonScanner(text, allowComments: true, allowTrailingCommas: true);
        try
        {
            if (!reader.Read()) throw new JsonTreeException("the file is empty.", 1, 1, new Hosting.Words("json.empty"));
            var root = ReadValue(reader, "");
            reader.Read(); // nothing may follow the value
            return root;
        }
        catch (JsonScanException e)
        {
            throw new JsonTreeException(e.Reason + ".", e.Line, e.Position);
        }
    }

    private static JsonTree ReadValue(JsonScanner reader, string path)
    {
        var line = reader.Line;
        switch (reader.Token)
        {
            case JsonTokenKind.StartObject:
            {
                var props = new List<KeyValuePair<string, JsonTree>>();
                while (reader.Read() && reader.Token != JsonTokenKind.EndObject)
                {
                    var name = reader.GetString();
                    foreach (var p in props)
                        if (p.Key == name) throw new JsonTreeException($"the key \"{name}\" appears twice.", reader.Line, reader.Position, new Hosting.Words("json.duplicateKey", name));
                    reader.Read();
                    props.Add(new(name, ReadValue(reader, Child(path, name))));
                }
                return new JsonTree(JsonKind.Object, path, line) { Properties = props };
            }
            case JsonTokenKind.StartArray:
            {
                var items = new List<JsonTree>();
                while (reader.Read() && reader.Token != JsonTokenKind.EndArray)
                    items.Add(ReadValue(reader, $"{path}[{items.Count}]"));
                return new JsonTree(JsonKind.Array, path, line) { Items = items };
            }
            case JsonTokenKind.String:
                return new JsonTree(JsonKind.String, path, line) { Text = reader.GetString() };
            case JsonTokenKind.Number:
                return new JsonTree(JsonKind.Number, path, line) { Text = reader.GetString() };
            case JsonTokenKind.True or JsonTokenKind.False:
                return new JsonTree(JsonKind.Boolean, path, line) { Text = reader.GetString() };
            default:
                return new JsonTree(JsonKind.Null, path, line) { Text = "null" };
        }
    }

    // The same notation Newtonsoft.Json uses, so paths in messages read alike across the toolkit.
    private static string Child(string path, string name) =>
        NeedsBrackets(name) ? $"{path}['{name.Replace("\\", "\\\\").Replace("'", "\\'")}']"
        : path.Length == 0 ? name : $"{path}.{name}";

    // A plain loop rather than IndexOfAny over a set: the vectorised search is compiled at run time,
    // which costs more on start-up than these few short names.
    private static bool NeedsBrackets(string name)
    {
        foreach (var c in name)
            if (c is '.' or ' ' or '\'' or '/' or '"' or '[' or ']' or '(' or ')' or '\t' or '\n' or '\r' or '\f' or '\b' or '\\' or '\u0085' or '\u2028' or '\u2029')
                return true;
        return false;
    }

    private static bool IsWhole(string number)
    {
        foreach (var c in number)
            if (c is '.' or 'e' or 'E') return false;
        return true;
    }
}

/// <summary>Text that is not valid JSON, with where it goes wrong.</summary>
public sealed class JsonTreeException(string message, int line, int position, Hosting.Words? words = null) : Exception(message)
{
    /// <summary>What is wrong, worded from the host's tables, when it is the tree's own finding (an empty file, a repeated key).</summary>
    public Hosting.Words? Words { get; } = words;

    /// <summary>What is wrong as a piece of a worded message: its <see cref="Words"/>, else the reader's own text.</summary>
    public object Reason => (object?)Words ?? Message;

    /// <summary>The 1-based line.</summary>
    public int Line { get; } = line;
    /// <summary>The 1-based position in the line.</summary>
    public int Position { get; } = position;
}
