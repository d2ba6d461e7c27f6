using Meic.Agreements.Library;
using Meic.Agreements.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;
using Meic.Sdk.Model;

namespace Meic.Agreements.Rendering;

/// <summary>A variable the text uses but nobody gave a value for.</summary>
public sealed record MissingVariable(string Name, string? Description);

/// <summary>The draft cannot be rendered: variables are missing. Exit 2, nothing written.</summary>
public sealed class MissingVariablesException(IReadOnlyList<MissingVariable> missing, Strings s)
    : InputException(s["refuse.missingVariables", string.Join("; ", missing.Select(m => m.Description is null ? m.Name : $"{m.Name} ({m.Description})"))], "--var")
{
    public IReadOnlyList<MissingVariable> Missing { get; } = missing;
}

/// <summary>Fills an agreement's frozen clauses with its variables, parties and commitments, and numbers the articles.</summary>
public static class AgreementRenderer
{
    /// <param name="descriptions">Variable descriptions, to say what a missing one is for.</param>
    public static RenderedAgreement Render(Agreement agreement, IReadOnlyDictionary<string, Actor> actors, IReadOnlyList<Commitment> commitments,
        Cluster? cluster, DateOnly today, IReadOnlyDictionary<string, string>? descriptions = null, Strings? strings = null)
    {
        var refusals = strings ?? Strings.Load(typeof(AgreementsPlugin).Assembly, "Meic.Agreements.strings", "en");
        var words = DocumentWords.For(agreement.Language);
        var numbers = agreement.Clauses.Select((c, i) => (c.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        string Name(string actorId) => actors.TryGetValue(actorId, out var a) ? a.Name : actorId;
        var activeParties = agreement.Parties.Where(p => p.Active).ToList();

        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["city"] = cluster?.City,
            ["cluster_name"] = cluster?.Name,
            ["promoter"] = cluster?.Promoter,
            // One name per body: the secretariat (backbone) is the cluster's setting, not a text each template repeats.
            ["secretariat"] = cluster?.Secretariat,
            ["today"] = words.FormatDate(today),
            ["starts_on"] = agreement.StartsOn is { } s ? words.FormatDate(s) : null,
            ["expires_on"] = agreement.ExpiresOn is { } e ? words.FormatDate(e) : null,
            ["parties_count"] = activeParties.Count.ToString(words.Culture),
        };
        foreach (var (k, v) in agreement.Variables) if (!string.IsNullOrWhiteSpace(v)) values[k] = v;
        // A default may name another variable ("Comune di {{city}}"): one level of expansion, never recursive.
        for (var pass = 0; pass < 3; pass++)
        foreach (var k in values.Keys.ToList())
            if (values[k] is { } v && v.Contains("{{", StringComparison.Ordinal) && Placeholders.Scan(v).Error is null)
                values[k] = Placeholders.Replace(v, p => !p.IsReference && values.GetValueOrDefault(p.Name) is { } x && !x.Contains("{{", StringComparison.Ordinal) ? x : "{{" + p.Name + "}}");

        var blocks = new Dictionary<string, List<string>>
        {
            ["parties_block"] = activeParties.Select(p => PartyLine(p, Name(p.ActorId), words)).ToList(),
            ["commitments_block"] = CommitmentLines(activeParties, commitments, Name, words),
        };

        var missing = new List<MissingVariable>();
        void Need(string text)
        {
            foreach (var line in text.Split('\n'))
                foreach (var p in Placeholders.Scan(line).Found)
                {
                    if (p.IsReference)
                    {
                        if (!numbers.ContainsKey(p.Name))
                            throw new InputException(refusals["refuse.citedClause", p.Name], "--without");
                        continue;
                    }
                    if (blocks.ContainsKey(p.Name) || values.GetValueOrDefault(p.Name) is { } v && v.Trim().Length > 0 && !v.Contains("{{", StringComparison.Ordinal)) continue;
                    if (missing.All(m => m.Name != p.Name)) missing.Add(new MissingVariable(p.Name, Describe(p.Name, descriptions, refusals)));
                }
        }
        Need(agreement.TitleSource);
        if (agreement.PreambleSource is { } pre) Need(pre);
        foreach (var c in agreement.Clauses) { Need(c.Title); Need(c.Text); }
        if (missing.Count > 0) throw new MissingVariablesException(missing, refusals);

        string Fill(string line) => Placeholders.Replace(line, p => p.IsReference ? numbers[p.Name].ToString(words.Culture) : values[p.Name]!);

        var articles = agreement.Clauses.Select((c, i) =>
            new RenderedArticle(i + 1, c.Id, Fill(c.Title), Blocks(c.Text, i + 1, Fill, blocks))).ToList();
        var preamble = agreement.PreambleSource is { Length: > 0 } p ? Blocks(p, null, Fill, blocks) : [];
        var signatures = agreement.Parties.Select(p => new SignatureRow(
            Name(p.ActorId), p.SignedBy ?? p.Representative, p.SignerRole ?? p.Role, p.SignedOn is { } d ? words.FormatDate(d) : null, p.ByAccession)).ToList();
        var subtitle = $"{words.Edition} {agreement.Edition}" + (agreement.Status == AgreementStatus.Draft ? $" – {words.Draft}" : "");
        // Signed by everyone: the place and the last signature's date; otherwise blanks the signatories fill in by hand.
        var active = agreement.Parties.Where(p => p.Active).ToList();
        var signedOn = active.Count > 0 && active.All(p => p.SignedOn is not null) ? active.Max(p => p.SignedOn) : null;
        var place = $"{(string.IsNullOrWhiteSpace(cluster?.City) ? words.Blank : cluster!.City)}, {(signedOn is { } last ? words.FormatDate(last) : words.Blank)}";
        return new RenderedAgreement(Fill(agreement.TitleSource), subtitle, preamble, articles, signatures, words, cluster?.Name ?? "", place);
    }

    // What a missing variable is for (the template's description), and how to give it when the cluster holds it.
    private static string? Describe(string name, IReadOnlyDictionary<string, string>? descriptions, Strings s)
    {
        var hint = name switch
        {
            "starts_on" or "expires_on" or "city" or "promoter" or "secretariat" or "backbone" => s["missing." + name],
            _ => null,
        };
        var description = descriptions?.GetValueOrDefault(name);
        return description is null ? hint : hint is null ? description : $"{description}: {hint}";
    }

    private static string PartyLine(AgreementParty p, string name, DocumentWords words)
    {
        var line = name;
        if (!string.IsNullOrWhiteSpace(p.Role)) line += $", {p.Role}";
        if (!string.IsNullOrWhiteSpace(p.Representative)) line += $", {words.RepresentedBy} {p.Representative}";
        if (p.ByAccession) line += $" ({words.Accession})";
        return line;
    }

    private static List<string> CommitmentLines(List<AgreementParty> parties, IReadOnlyList<Commitment> commitments, Func<string, string> name, DocumentWords words)
    {
        var lines = new List<string>();
        foreach (var p in parties)
        {
            var mine = commitments.Where(c => c.ActorId == p.ActorId).ToList();
            if (mine.Count == 0) { lines.Add($"{name(p.ActorId)}: {words.NoCommitments}"); continue; }
            lines.Add($"{name(p.ActorId)}: " + string.Join("; ", mine.Select(c =>
                c.Amount is { } a ? $"{c.Description} ({words.FormatAmount(a)}{(c.Unit is null ? "" : " " + c.Unit)})" : c.Description)));
        }
        return lines;
    }

    private static List<RenderedBlock> Blocks(string text, int? article, Func<string, string> fill, Dictionary<string, List<string>> blocks)
    {
        var result = new List<RenderedBlock>();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count == 0) return;
            result.Add(new RenderedBlock(BlockKind.Paragraph, string.Join(' ', paragraph)));
            paragraph.Clear();
        }
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) { Flush(); continue; }
            var block = blocks.Keys.FirstOrDefault(k => line == "{{" + k + "}}");
            if (block is not null) { Flush(); result.AddRange(blocks[block].Select(l => new RenderedBlock(BlockKind.Bullet, l))); continue; }
            if (line.StartsWith("- ", StringComparison.Ordinal)) { Flush(); result.Add(new RenderedBlock(BlockKind.Bullet, fill(line[2..].Trim()))); continue; }
            paragraph.Add(fill(line));
            Flush(); // one line, one paragraph: authors write each paragraph on its own line
        }
        Flush();
        if (article is { } n && result.Count(b => b.Kind == BlockKind.Paragraph) > 1)
        {
            var k = 0;
            result = result.Select(b => b.Kind == BlockKind.Paragraph ? b with { Number = $"{n}.{++k}" } : b).ToList();
        }
        return result;
    }
}
