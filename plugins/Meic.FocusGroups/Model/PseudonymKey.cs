using Meic.Sdk.Model;

namespace Meic.FocusGroups.Model;

/// <summary>The key from pseudonyms back to people, one per session (collection <c>fg-pseudonym-keys</c>), kept apart from the text.</summary>
public sealed class PseudonymKey : Document
{
    public string SessionId { get; set; } = "";
    public List<KeyEntry> Entries { get; set; } = new();
    /// <summary>Names and places redacted from the text.</summary>
    public List<string> Redactions { get; set; } = new();
}

public sealed class KeyEntry
{
    public string ParticipantId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Pseudonym { get; set; } = "";
    /// <summary>After withdrawal the name is erased; this hash still recognises the person's turns in a later import, to drop them.</summary>
    public string? NameHash { get; set; }

    public static string Hash(string name) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name.Trim().ToLowerInvariant())));

    public bool Matches(string name) =>
        string.Equals(Name, name.Trim(), StringComparison.OrdinalIgnoreCase) || (NameHash is not null && NameHash == Hash(name));
}
