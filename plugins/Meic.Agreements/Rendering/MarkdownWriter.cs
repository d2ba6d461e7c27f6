using System.Text;

namespace Meic.Agreements.Rendering;

/// <summary>Writes a rendered agreement as Markdown: a title, numbered articles and a signature table.</summary>
public static class MarkdownWriter
{
    public static string Write(RenderedAgreement doc)
    {
        var w = doc.Words;
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Inline(doc.Title)).AppendLine();
        sb.Append('_').Append(Inline(doc.Subtitle)).AppendLine("_").AppendLine();
        AppendBlocks(sb, doc.Preamble);
        foreach (var a in doc.Articles)
        {
            sb.Append("## ").Append(w.Article).Append(' ').Append(a.Number).Append(" – ").AppendLine(Inline(a.Title)).AppendLine();
            AppendBlocks(sb, a.Blocks);
        }
        sb.Append("## ").AppendLine(w.Signatures).AppendLine();
        sb.AppendLine(w.ReadAndSigned).AppendLine();
        if (doc.PlaceAndDate.Length > 0) sb.AppendLine(Inline(doc.PlaceAndDate)).AppendLine();
        sb.Append("| ").Append(w.Party).Append(" | ").Append(w.Representative).Append(" | ").Append(w.Role).Append(" | ").Append(w.Date).Append(" | ").Append(w.Signature).AppendLine(" |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var s in doc.Signatures)
            sb.Append("| ").Append(Cell(s.Party + (s.ByAccession ? $" ({w.Accession})" : ""))).Append(" | ").Append(Cell(s.Representative)).Append(" | ")
              .Append(Cell(s.Role)).Append(" | ").Append(Cell(s.Date)).Append(" | ").Append(s.Date is null ? "" : "✔").AppendLine(" |");
        return sb.ToString();
    }

    private static void AppendBlocks(StringBuilder sb, IReadOnlyList<RenderedBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Bullet)
            {
                sb.Append("- ").AppendLine(Inline(b.Text));
                if (i + 1 == blocks.Count || blocks[i + 1].Kind != BlockKind.Bullet) sb.AppendLine();
            }
            else
            {
                if (b.Number is not null) sb.Append("**").Append(b.Number).Append("** ");
                sb.AppendLine(Inline(b.Text)).AppendLine();
            }
        }
    }

    // Text from data must not turn into Markdown structure.
    private static string Inline(string text) => text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("<", "&lt;");

    private static string Cell(string? text) => text is null ? "" : Inline(text).Replace("|", "\\|");
}
