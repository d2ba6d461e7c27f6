namespace Meic.Sdk.Screens;

/// <summary>A column of a <see cref="ListScreen"/>.</summary>
/// <param name="Header">The header, in the user's language.</param>
/// <param name="Numeric">Whether the column holds numbers: sorted by value and aligned right.</param>
public sealed record ListColumn(string Header, bool Numeric = false)
{
    /// <summary>A text column.</summary>
    public static implicit operator ListColumn(string header) => new(header);
}
