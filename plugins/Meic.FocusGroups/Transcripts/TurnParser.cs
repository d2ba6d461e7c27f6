using System.Text.RegularExpressions;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Transcripts;

/// <summary>A turn found in a text: the speaker's name as written, the marker and the spoken text spans.</summary>
public sealed record ParsedTurn(string Speaker, string? Time, int Start, int SpeakerStart, int SpeakerEnd, int TextStart, int End);

/// <summary>Splits a transcript into speaker turns at lines that begin with a marker (<c>NAME:</c>, <c>[00:12:03] NAME:</c>…).</summary>
public sealed class TurnParser
{
    /// <summary>Optional [hh:mm:ss] or (hh:mm) time, then a name of up to 40 characters, then a colon.</summary>
    public const string DefaultMarker = @"^[ \t]*(?:[\[(](?<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])][ \t]*)?(?:\*\*)?(?<speaker>\p{L}[\p{L}\p{M}\p{N} .'’\-]{0,40}?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*";

    private readonly Regex _marker;

    private readonly Strings _s;

    public TurnParser(string? marker = null, Strings? strings = null)
    {
        _s = strings ?? Commands.Ui.S("en");
        try { _marker = new Regex(marker ?? DefaultMarker, RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)); }
        catch (ArgumentException e) { throw new InputException(_s["refuse.markerRegex", e.Message], "--marker", e); }
        if (Array.IndexOf(_marker.GetGroupNames(), "speaker") < 0)
            throw new InputException(_s["refuse.markerSpeaker"], "--marker");
    }

    public IReadOnlyList<ParsedTurn> Parse(string text)
    {
        var turns = new List<ParsedTurn>();
        var matches = new List<Match>();
        try
        {
            foreach (Match m in _marker.Matches(text))
            {
                if (m.Index != 0 && text[m.Index - 1] != '\n') continue; // markers start a line
                var g = m.Groups["speaker"];
                if (!g.Success || g.Value.Trim().Length == 0) continue;
                matches.Add(m);
            }
        }
        catch (RegexMatchTimeoutException e)
        {
            // A pattern that backtracks without end is bad input, like a malformed one: the user can simplify it.
            throw new InputException(_s["refuse.markerSlow", e.MatchTimeout.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)], "--marker", e);
        }
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var g = m.Groups["speaker"];
            var next = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var end = next;
            while (end > m.Index + m.Length && char.IsWhiteSpace(text[end - 1])) end--;
            var time = m.Groups["time"].Success ? m.Groups["time"].Value : null;
            var speakerStart = g.Index; var speakerEnd = g.Index + g.Length;
            while (speakerEnd > speakerStart && char.IsWhiteSpace(text[speakerEnd - 1])) speakerEnd--;
            turns.Add(new ParsedTurn(text[speakerStart..speakerEnd], time, m.Index, speakerStart, speakerEnd, m.Index + m.Length, Math.Max(end, m.Index + m.Length)));
        }
        return turns;
    }
}
