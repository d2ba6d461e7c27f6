namespace Meic.Agreements.Rendering;

public enum BlockKind { Paragraph, Bullet }

/// <summary>A paragraph or list item of an article; <see cref="Number"/> is "3.2" when the article has several paragraphs.</summary>
public sealed record RenderedBlock(BlockKind Kind, string Text, string? Number = null);

public sealed record RenderedArticle(int Number, string Id, string Title, IReadOnlyList<RenderedBlock> Blocks);

public sealed record SignatureRow(string Party, string? Representative, string? Role, string? Date, bool ByAccession);

/// <summary>An agreement with every variable filled in and every clause numbered: what Markdown and Word writers print.</summary>
/// <param name="Header">The line at the top of every page: the cluster's name.</param>
/// <param name="PlaceAndDate">"Roma, 3 marzo 2027" above the signatures: the city and the last signature's date, or blanks to fill in by hand.</param>
public sealed record RenderedAgreement(
    string Title,
    string Subtitle,
    IReadOnlyList<RenderedBlock> Preamble,
    IReadOnlyList<RenderedArticle> Articles,
    IReadOnlyList<SignatureRow> Signatures,
    DocumentWords Words,
    string Header = "",
    string PlaceAndDate = "");
