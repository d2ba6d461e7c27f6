using Meic.FocusGroups.Model;

namespace Meic.FocusGroups.Transcripts;

/// <summary>A paragraph: a non-blank line of a turn's spoken text. Numbered from 1 across the transcript.</summary>
public sealed record TextParagraph(int Number, string TurnId, int Start, int End);

public static class Paragraphs
{
    public static IReadOnlyList<TextParagraph> Of(string text, IReadOnlyList<Turn> turns)
    {
        var list = new List<TextParagraph>();
        foreach (var turn in turns.OrderBy(t => t.Start))
        {
            var pos = turn.TextStart;
            while (pos < turn.End)
            {
                var nl = text.IndexOf('\n', pos, turn.End - pos);
                var lineEnd = nl < 0 ? turn.End : nl;
                int s = pos, e = lineEnd;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s) list.Add(new TextParagraph(list.Count + 1, turn.Id, s, e));
                pos = lineEnd + 1;
            }
        }
        return list;
    }
}
