using Meic.Sdk.Text;

namespace Meic.Monitoring.Compute;

/// <summary>
/// Something a reader of a result should know (why there is no value, parts that do not add up), kept as a message key
/// and its arguments so each report and screen words it in its own language.
/// </summary>
/// <param name="Key">The key in the plugin's string tables (<c>note.…</c>, <c>note.warning.…</c>).</param>
/// <param name="Args">The values the message names.</param>
public sealed record Note(string Key, params object?[] Args)
{
    /// <summary>Whether the note warns about the data entered (shown when values are entered), not only explains a gap.</summary>
    public bool Warning => Key.StartsWith("note.warning.", StringComparison.Ordinal);

    /// <summary>The note worded with <paramref name="text"/>.</summary>
    public string In(Strings text) => text[Key, Args];

    /// <summary>The note in English, for logs and tests.</summary>
    public override string ToString() => In(Strings.Load(typeof(Note).Assembly, "Meic.Monitoring.strings", "en"));
}
