using System.CommandLine;
using Meic.Facilitation.Ics;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary>
/// <c>meic meeting import-ics FILE</c>: planned meetings from a calendar file. All or nothing: every line is checked first;
/// an event whose UID is already known updates that meeting instead of duplicating it.
/// </summary>
internal static class ImportIcsCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var file = new Argument<string>("FILE") { Description = t["arg.icsFile"] };
        var command = new Command("import-ics", t["cmd.importIcs"]) { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new InputException(t["error.noFile"], path);
            var events = new IcsReader(Path.GetFileName(path), f.Zone, t).Read(Sdk.Files.LimitedText.ReadAllText(path));
            var existing = f.Meetings.All().ToList();
            var warnings = new List<string>();
            var created = new List<Meeting>();
            var updated = new List<Meeting>();
            var overrides = events.Where(e => e.RecurrenceId is not null).ToList();
            using (var tx = f.Context.Store.BeginTransaction())
            {
                foreach (var e in events.Where(e => e.RecurrenceId is null))
                {
                    var where = $"{Path.GetFileName(path)}:{e.Line}";
                    var kind = MeetingKind.Plenary;
                    if (e.Kind is not null && !Sdk.Text.Names.TryParse(e.Kind, out kind)) kind = MeetingKind.Plenary;
                    var starts = new List<DateTimeOffset> { e.Start };
                    string? rrule = null;
                    if (e.RRule is not null && e.Series is { Count: > 0 } series)
                    {
                        starts = series.ToList();
                        if (e.SeriesCut) warnings.Add(t["warn.rruleCut", where, IcsReader.MaxOccurrences]);
                        // Kept as the calendar wrote it: Ical.Net read it, and an export writes the same rule back.
                        rrule = e.RRule;
                    }
                    string? seriesId = null;
                    foreach (var (slot, i) in starts.Select((s, i) => (s, i)))
                    {
                        var moved = overrides.FirstOrDefault(o => o.Uid == e.Uid && o.RecurrenceId == slot);
                        var source = moved ?? e;
                        var start = moved?.Start ?? slot;
                        var end = start + ((moved?.End ?? e.End) - (moved?.Start ?? e.Start));
                        var known = rrule is null
                            ? existing.FirstOrDefault(m => m.Uid == e.Uid)
                            : existing.FirstOrDefault(m => m.SeriesUid == e.Uid && m.SeriesStart == slot);
                        var m = known ?? new Meeting { Id = f.NewMeetingId(start, kind), Uid = rrule is null ? e.Uid : $"{Guid.NewGuid():N}@meic-toolkit" };
                        if (known is not null)
                        {
                            if (known.Status != MeetingStatus.Planned) { warnings.Add(t["warn.icsSkipped", where, known.Id]); continue; }
                            f.EnsureEditable(known);
                        }
                        m.Title = source.Summary.Length > 0 ? source.Summary : t["ics.untitled"];
                        m.Kind = kind; m.Start = start; m.End = end;
                        m.Place = new Place
                        {
                            Address = source.Location, Link = source.Url,
                            Mode = source.Mode is { } md && Sdk.Text.Names.TryParse<PlaceMode>(md, out var pm) ? pm
                                : source.Location is not null && source.Url is not null ? PlaceMode.Hybrid : source.Url is not null ? PlaceMode.Online : PlaceMode.InPerson,
                        };
                        if (rrule is not null) { m.SeriesUid = e.Uid; m.Recurrence = rrule; m.SeriesStart = slot; seriesId ??= known?.SeriesId ?? m.Id; m.SeriesId = seriesId; }
                        var clash = f.Overlapping(m, existing.Where(x => x.Id != m.Id).Concat(created)).FirstOrDefault();
                        if (clash is not null)
                            throw new InputException(t["error.overlap", m.Place.Address ?? "", f.Show(m.Start), clash.Id, clash.Title, f.Show(clash.Start), f.Show(clash.End)], where);
                        if (known is null) { f.Meetings.Insert(m); created.Add(m); }
                        else { f.Meetings.Update(m); updated.Add(m); }
                    }
                }
                tx.Commit();
            }
            if (f.Context.Json) f.Context.WriteJson(new { created = created.Select(m => m.Id), updated = updated.Select(m => m.Id), warnings });
            else
            {
                Output.Line(f.Context.Console, t["ics.imported", created.Count, updated.Count]);
                foreach (var w in warnings) Output.Warn(f, w);
            }
            return 0;
        });
        return command;
    }
}
