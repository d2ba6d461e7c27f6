using System.CommandLine;
using Meic.Facilitation.Ics;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting plan</c>: a meeting, or a recurring table as a series of meetings.</summary>
internal static class PlanCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var title = new Option<string>("--title") { Description = t["opt.title"], Required = true };
        var kind = new Option<string>("--kind") { Description = t["opt.kind"], DefaultValueFactory = _ => "plenary" };
        var start = new Option<string>("--start") { Description = t["opt.start"], Required = true };
        var end = new Option<string?>("--end") { Description = t["opt.end"] };
        var minutes = new Option<int?>("--minutes") { Description = t["opt.duration"] };
        var place = new Option<string?>("--place") { Description = t["opt.place"] };
        var link = new Option<string?>("--link") { Description = t["opt.link"] };
        var facilitator = new Option<string?>("--facilitator") { Description = t["opt.facilitator"] };
        var noteTaker = new Option<string?>("--note-taker") { Description = t["opt.noteTaker"] };
        var area = new Option<string?>("--area") { Description = t["opt.area"] };
        var invite = new Option<string[]>("--invite") { Description = t["opt.invite"], AllowMultipleArgumentsPerToken = true };
        var every = new Option<string?>("--every") { Description = t["opt.every"] };
        var count = new Option<int?>("--count") { Description = t["opt.count"] };
        var command = new Command("plan", t["cmd.plan"]) { title, kind, start, end, minutes, place, link, facilitator, noteTaker, area, invite, every, count };
        command.SetAction(parse =>
        {
            var first = f.ParseInstant(parse.GetValue(start)!, "--start");
            var endText = parse.GetValue(end);
            var finish = endText is not null ? f.ParseInstant(endText, "--end") : first.AddMinutes(parse.GetValue(minutes) ?? 120);
            if (finish <= first) throw new InputException(t["error.endBeforeStart"], "--end");
            if (finish - first > TimeSpan.FromHours(24)) throw new InputException(t["error.tooLong"], "--end");
            var meetingKind = Parse.Enum<MeetingKind>(parse.GetValue(kind)!, "--kind");
            var address = parse.GetValue(place);
            var url = parse.GetValue(link);
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _)) throw new InputException(t["error.link", url], "--link");
            var invited = (parse.GetValue(invite) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(a => f.RequireActor(a, "--invite").Id).Distinct().ToList();
            Recurrence? rule = null;
            if (parse.GetValue(every) is { } e)
            {
                var n = parse.GetValue(count) ?? throw new InputException(t["error.countNeeded"], "--count");
                if (n < 1 || n > Recurrence.MaxOccurrences) throw new InputException(t["error.countRange", Recurrence.MaxOccurrences], "--count");
                try { rule = Recurrence.FromEvery(e, n); }
                catch (FormatException) { throw new InputException(t["error.every", e], "--every"); }
            }
            var starts = rule is null ? [first] : rule.Starts(first, f.Zone, out _);
            var length = finish - first;
            var existing = f.Meetings.All().ToList();
            var planned = new List<Meeting>();
            var seriesUid = rule is null ? null : $"{Guid.NewGuid():N}@meic-toolkit";
            using (var tx = f.Context.Store.BeginTransaction())
            {
                foreach (var s in starts)
                {
                    var m = new Meeting
                    {
                        Id = f.NewMeetingId(s, meetingKind),
                        Title = parse.GetValue(title)!.Trim(),
                        Kind = meetingKind,
                        Start = s,
                        End = s + length,
                        Place = new Place
                        {
                            Address = address, Link = url,
                            Mode = address is not null && url is not null ? PlaceMode.Hybrid : url is not null ? PlaceMode.Online : PlaceMode.InPerson,
                        },
                        Facilitator = parse.GetValue(facilitator),
                        NoteTaker = parse.GetValue(noteTaker),
                        Area = parse.GetValue(area),
                        Uid = $"{Guid.NewGuid():N}@meic-toolkit",
                        Invited = invited.Select(a => new Invitation { ActorId = a }).ToList(),
                        Attendance = invited.Select(a => new Attendance { ActorId = a }).ToList(),
                    };
                    if (m.Title.Length == 0) throw new InputException(t["error.emptyTitle"], "--title");
                    if (rule is not null)
                    {
                        m.SeriesUid = seriesUid; m.Recurrence = rule.ToString(); m.SeriesStart = s;
                    }
                    var clash = f.Overlapping(m, existing.Concat(planned)).FirstOrDefault();
                    if (clash is not null)
                        throw new InputException(t["error.overlap", m.Place.Address ?? "", f.Show(m.Start), clash.Id, clash.Title, f.Show(clash.Start), f.Show(clash.End)], "--start");
                    if (planned.Count > 0) m.SeriesId = planned[0].SeriesId;
                    else if (rule is not null) m.SeriesId = m.Id;
                    f.Meetings.Insert(m);
                    planned.Add(m);
                }
                tx.Commit();
            }
            if (f.Context.Json) f.Context.WriteJson(new { ids = planned.Select(m => m.Id), seriesId = planned[0].SeriesId });
            else
                foreach (var m in planned)
                    Output.Line(f.Context.Console, t["plan.done", m.Id, f.Show(m.Start), f.Show(m.End)]);
            return 0;
        });
        return command;
    }
}
