using System.Globalization;
using Meic.Mapping.Io;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>Validates every row of an actors sheet, then (unless dry-run, and only if no row is rejected) writes all in one transaction.</summary>
public sealed class ActorImporter(MapData data, DateOnly today)
{
    public static readonly string[] Fields = ["id", "name", "sector", "area", "areas", "district", "mandate", "stage", "networkKind", "network", "promoter", "tags", "services", "forWhom"];

    public (ImportReport Report, List<Actor> Changes) Plan(Table table, string file)
    {
        var name = Path.GetFileName(file);
        foreach (var required in new[] { "name", "sector" })
            if (table.Column(required) < 0) throw new Meic.Sdk.Errors.InputException($"missing column '{required}' (found: {string.Join(", ", table.Headers)}). Map columns with --map yourcolumn={required}.", $"{name}:1");
        if (table.Column("area") < 0 && table.Column("areas") < 0)
            throw new Meic.Sdk.Errors.InputException($"missing column 'area' (found: {string.Join(", ", table.Headers)}). Map columns with --map yourcolumn=area.", $"{name}:1");
        var vocab = new Vocabulary(data.Cluster);
        var existing = data.Actors.All().ToList();
        var pending = new List<Actor>();
        var rows = new List<ImportRow>();
        foreach (var (line, cells) in table.Rows)
        {
            string Get(string field) { var i = table.Column(field); return i >= 0 && i < cells.Length ? cells[i].Trim() : ""; }
            var where = $"{name}:{line}";
            var actorName = Get("name");
            try
            {
                if (actorName.Length == 0) throw new Meic.Sdk.Errors.InputException("the name is empty.", where);
                var sector = Vocabulary.Parse<Sector>(Get("sector"), where);
                var areas = vocab.Areas(Get("area") is { Length: > 0 } a ? a : Get("areas"), where);
                if (areas.Count == 0) throw new Meic.Sdk.Errors.InputException("no area given.", where);
                var district = vocab.District(Get("district"), where);
                var stageText = Get("stage");
                var kindText = Get("networkKind") is { Length: > 0 } k ? k : Get("network");
                var row = new Actor
                {
                    Id = Get("id"),
                    Name = actorName,
                    Sector = sector,
                    Areas = areas,
                    District = district,
                    Mandate = Get("mandate") is { Length: > 0 } m ? m : null,
                    Stage = stageText.Length > 0 ? Vocabulary.Parse<EngagementStage>(stageText, where) : EngagementStage.Mapped,
                    NetworkKind = kindText.Length > 0 ? Vocabulary.Parse<NetworkKind>(kindText, where) : null,
                    Promoter = Get("promoter").ToLowerInvariant() is "yes" or "true" or "1" or "si" or "sì" or "sí" or "x",
                    Tags = Vocabulary.Split(Get("tags")),
                };
                foreach (var what in Vocabulary.Split(Get("services")))
                    row.Services.Add(new ServiceOffer { What = what, ForWhom = Vocabulary.Split(Get("forWhom")), Area = areas[0], District = district });

                var twin = existing.FirstOrDefault(e => (row.Id.Length > 0 && e.Id == row.Id) || NameKey.LikelySame(e.Name, actorName))
                           ?? pending.FirstOrDefault(e => NameKey.LikelySame(e.Name, actorName));
                if (twin is not null)
                {
                    Merge(twin, row);
                    if (!pending.Contains(twin)) pending.Add(twin);
                    rows.Add(new ImportRow(line, "merge", twin.Id, actorName, $"likely the same as '{twin.Name}' ({twin.Id}); fields merged"));
                    continue;
                }
                if (row.Id.Length == 0) row.Id = UniqueId(NameKey.Slug(actorName), existing, pending);
                row.StageHistory.Add(new StageChange { Stage = row.Stage, Date = today, Note = $"imported from {name}" });
                pending.Add(row);
                rows.Add(new ImportRow(line, "create", row.Id, actorName, null));
            }
            catch (Meic.Sdk.Errors.InputException e)
            {
                rows.Add(new ImportRow(line, "reject", null, actorName, e.Message));
            }
        }
        return (new ImportReport(file, table.Encoding, false, rows), pending);
    }

    public static string UniqueId(string slug, IEnumerable<Actor> existing, IEnumerable<Actor> pending)
    {
        var taken = existing.Select(e => e.Id).Concat(pending.Select(p => p.Id)).ToHashSet();
        var id = slug;
        for (var i = 2; taken.Contains(id); i++) id = slug + "-" + i.ToString(CultureInfo.InvariantCulture);
        return id;
    }

    /// <summary>Fills what the target lacks from <paramref name="from"/>; lists are united.</summary>
    public static void Merge(Actor target, Actor from)
    {
        foreach (var a in from.Areas) if (!target.Areas.Contains(a)) target.Areas.Add(a);
        foreach (var t in from.Tags) if (!target.Tags.Contains(t)) target.Tags.Add(t);
        foreach (var s in from.Services) if (!target.Services.Any(x => string.Equals(x.What, s.What, StringComparison.OrdinalIgnoreCase))) target.Services.Add(s);
        foreach (var c in from.Contacts) if (!target.Contacts.Any(x => x.Name == c.Name)) target.Contacts.Add(c);
        target.District ??= from.District;
        target.Mandate ??= from.Mandate;
        target.NetworkKind ??= from.NetworkKind;
        target.Promoter |= from.Promoter;
        if (from.Stage > target.Stage && from.Stage is not (EngagementStage.Inactive or EngagementStage.Exited))
        {
            target.Stage = from.Stage;
            target.StageHistory.AddRange(from.StageHistory.Where(h => h.Stage == from.Stage));
        }
    }

    public static string Label(Sector s) => Names.Kebab(s);
}
