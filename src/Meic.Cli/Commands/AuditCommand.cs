using System.CommandLine;
using System.Globalization;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic audit</c>: who did what, from the journal, filtered by person, record and date.</summary>
internal static class AuditCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var user = new Option<string?>("--user") { Description = t["audit.opt.user"] };
        var record = new Option<string?>("--record") { Description = t["audit.opt.record"] };
        var from = new Option<string?>("--from") { Description = t["audit.opt.from"] };
        var to = new Option<string?>("--to") { Description = t["audit.opt.to"] };
        var limit = new Option<int?>("--limit") { Description = t["audit.opt.limit"] };
        var command = new Command("audit", t["cmd.audit"]) { user, record, from, to, limit };
        command.SetAction(parse =>
        {
            var query = new JournalQuery { User = parse.GetValue(user) };
            if (parse.GetValue(record) is { } r)
            {
                var parts = r.Split('/', 2);
                query.Collection = parts[0];
                if (parts.Length == 2) query.DocumentId = parts[1];
            }
            query.From = Moment(t, parse.GetValue(from), "--from", endOfDay: false);
            query.To = Moment(t, parse.GetValue(to), "--to", endOfDay: true);
            var entries = context.Store.Journal.Read(query);
            // Personal (sealed) values are left out for roles that may not see them, even encrypted.
            if (Meic.Cli.App.Access.RoleOf(context) is not ("coordinator" or "facilitator"))
                entries = entries.Select(e => e with { Before = Meic.Core.Privacy.Sealing.Withhold(e.Before), After = Meic.Core.Privacy.Sealing.Withhold(e.After) }).ToList();
            if (parse.GetValue(limit) is { } n) entries = entries.TakeLast(Math.Max(0, n)).ToList();
            if (context.Json)
            {
                context.WriteJson(entries.Select(e => new
                {
                    seq = e.Sequence, at = e.At, user = e.User, collection = e.Collection, id = e.DocumentId,
                    kind = e.Kind.ToString().ToLowerInvariant(), fields = ChangedFields(e),
                    before = e.Before is null ? null : CanonicalJson.Parse(e.Before), after = e.After is null ? null : CanonicalJson.Parse(e.After),
                }));
                return 0;
            }
            var table = new Table().AddColumn("#").AddColumn(t["audit.when"]).AddColumn(t["audit.who"]).AddColumn(t["audit.record"]).AddColumn(t["audit.what"]).AddColumn(t["audit.fields"]);
            foreach (var e in entries)
                table.AddRow(new Text(e.Sequence.ToString()), new Text(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss")), new Text(e.User),
                    new Text($"{e.Collection}/{e.DocumentId}"), new Text(t[$"audit.kind.{e.Kind.ToString().ToLowerInvariant()}"]), new Text(string.Join(", ", ChangedFields(e))));
            context.Console.Write(table);
            context.Console.Write(new Text(t["audit.entries", entries.Count] + "\n"));
            return 0;
        });
        return command;
    }

    /// <summary>The top-level fields an entry changed (values are not shown: they may be personal data).</summary>
    internal static IReadOnlyList<string> ChangedFields(JournalEntry e)
    {
        var before = e.Before is null ? new JObject() : CanonicalJson.Parse(e.Before) as JObject ?? new JObject();
        var after = e.After is null ? new JObject() : CanonicalJson.Parse(e.After) as JObject ?? new JObject();
        return before.Properties().Select(p => p.Name).Union(after.Properties().Select(p => p.Name))
            .Where(name => !JToken.DeepEquals(before[name], after[name]))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static DateTimeOffset? Moment(Strings t, string? value, string option, bool endOfDay)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(endOfDay ? 1 : 0);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)) return moment;
        throw new InputException(t["audit.badMoment", value], option);
    }
}
