namespace Meic.Core.Plugins;

/// <summary>A range of SDK versions such as <c>&gt;=1.0 &lt;2.0</c>.</summary>
public sealed class SdkRange
{
    private readonly List<(string Op, Version Version)> _bounds;

    private SdkRange(string text, List<(string, Version)> bounds) { Text = text; _bounds = bounds; }

    /// <summary>The range as written.</summary>
    public string Text { get; }

    /// <summary>Whether <paramref name="version"/> is inside the range.</summary>
    public bool Contains(Version version) => _bounds.All(b => b.Op switch
    {
        ">=" => version >= b.Version,
        ">" => version > b.Version,
        "<" => version < b.Version,
        "<=" => version <= b.Version,
        _ => Normalize(version) == Normalize(b.Version),
    });

    /// <summary>The lowest version the range accepts, when it has a lower bound.</summary>
    public Version? Minimum => _bounds.Where(b => b.Op is ">=" or ">" or "=").Select(b => b.Version).DefaultIfEmpty().Max();

    private static Version Normalize(Version v) => new(v.Major, v.Minor, Math.Max(0, v.Build));

    /// <summary>Parses a space-separated list of bounds (<c>&gt;=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>=</c> or a bare version).</summary>
    /// <exception cref="FormatException">The text is not a range.</exception>
    public static SdkRange Parse(string text)
    {
        var bounds = new List<(string, Version)>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var op = part[..CountOperatorChars(part)];
            if (op is not ("" or ">=" or ">" or "<" or "<=" or "=")) throw new FormatException($"'{part}' has an unknown comparison '{op}'.");
            if (!Version.TryParse(part[op.Length..], out var v)) throw new FormatException($"'{part[op.Length..]}' is not a version like 1.0.");
            bounds.Add((op == "" ? "=" : op, v));
        }
        if (bounds.Count == 0) throw new FormatException("the range is empty.");
        return new SdkRange(text, bounds);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    // A plain loop: LINQ over chars would be compiled at run time on every start (the catalog reads ranges).
    private static int CountOperatorChars(string part)
    {
        var n = 0;
        while (n < part.Length && part[n] is '<' or '>' or '=') n++;
        return n;
    }
}
