using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Model;

namespace Meic.Mapping.Commands;

/// <summary>The actor fields shared by add and edit.</summary>
internal sealed class ActorOptions(Meic.Sdk.Text.Strings text)
{
    public Option<string?> Sector { get; } = new("--sector") { Description = text["opt.sector", Vocabulary.Choices<Sector>(text)] };
    public Option<string?> Areas { get; } = new("--area") { Description = text["opt.areas"] };
    public Option<string?> District { get; } = new("--district") { Description = text["opt.district"] };
    public Option<string?> Mandate { get; } = new("--mandate") { Description = text["opt.mandate"] };
    public Option<string?> Stage { get; } = new("--stage") { Description = text["opt.stage", Vocabulary.Choices<EngagementStage>(text)] };
    public Option<string?> StageNote { get; } = new("--note") { Description = text["opt.note"] };
    public Option<string?> StageDate { get; } = new("--date") { Description = text["opt.stageDate"] };
    public Option<string?> Network { get; } = new("--network") { Description = text["opt.network", Vocabulary.Choices<NetworkKind>(text)] };
    public Option<string[]> Services { get; } = new("--service") { Description = text["opt.service"], AllowMultipleArgumentsPerToken = false };
    public Option<string[]> Contacts { get; } = new("--contact") { Description = text["opt.contact"] };
    public Option<string?> Tags { get; } = new("--tags") { Description = text["opt.tags"] };
    public Option<bool?> Promoter { get; } = new("--promoter") { Description = text["opt.promoter"] };

    public IEnumerable<Option> All => [Sector, Areas, District, Mandate, Stage, StageNote, StageDate, Network, Services, Contacts, Tags, Promoter];

    public void Apply(System.CommandLine.ParseResult p, Actor a, Vocabulary v, DateOnly today, string language)
    {
        if (p.GetValue(Sector) is { } s) a.Sector = Vocabulary.Parse<Sector>(s, "--sector", language);
        if (p.GetValue(Areas) is { } ar) a.Areas = v.Areas(ar, "--area");
        if (p.GetValue(District) is { } d) a.District = v.District(d, "--district");
        if (p.GetValue(Mandate) is { } m) a.Mandate = m;
        if (p.GetValue(Network) is { } n) a.NetworkKind = Vocabulary.Parse<NetworkKind>(n, "--network", language);
        if (p.GetValue(Tags) is { } t) a.Tags = Vocabulary.Split(t);
        if (p.GetValue(Promoter) is { } pr) a.Promoter = pr;
        foreach (var svc in p.GetValue(Services) ?? [])
        {
            var parts = svc.Split('|');
            a.Services.Add(new ServiceOffer
            {
                What = parts[0].Trim(),
                ForWhom = parts.Length > 1 ? Vocabulary.Split(parts[1]) : new(),
                Area = parts.Length > 2 && parts[2].Trim().Length > 0 ? v.Area(parts[2], "--service") : a.Areas.FirstOrDefault(),
                District = parts.Length > 3 ? v.District(parts[3], "--service") : a.District,
            });
        }
        foreach (var c in p.GetValue(Contacts) ?? [])
        {
            var parts = c.Split('|').Select(x => x.Trim()).ToArray();
            a.Contacts.Add(new Contact { Name = parts[0], Role = parts.ElementAtOrDefault(1), Email = parts.ElementAtOrDefault(2), Phone = parts.ElementAtOrDefault(3) });
        }
        if (p.GetValue(Stage) is { } st)
        {
            var stage = Vocabulary.Parse<EngagementStage>(st, "--stage", language);
            var date = p.GetValue(StageDate) is { Length: > 0 } d2 ? Meic.Sdk.Text.Dates.Parse(d2, language, "--date") : today;
            MapEdits.ChangeStage(a, stage, date, p.GetValue(StageNote));
        }
    }
}
