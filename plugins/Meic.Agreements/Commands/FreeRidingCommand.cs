using System.CommandLine;
using Meic.Agreements.Services;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement freeriding ID [--as-of DATE]</c>: parties whose contributions or attendance fall below the agreement.</summary>
internal static class FreeRidingCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var asOf = AgreementsCli.One("--as-of", cli.S["opt.asOf"]);
        var command = new Command("freeriding", cli.S["cmd.freeriding"]) { id, asOf };
        command.SetAction(parse =>
        {
            var data = cli.Data(Inputs.OptionalDate(parse.GetValue(asOf), "--as-of", cli.Ctx.Language));
            var a = data.Agreement(parse.GetValue(id)!);
            var report = FreeRidingReport.Compute(a, data.CommitmentsOf(a.Id), data.ContributionsOf(a.Id), data.Meetings.All(), data.ActorName, data.Today);
            if (cli.Ctx.Json) { cli.Ctx.WriteJson(report); return 0; }
            cli.Line(cli.S["freeriding.head", a.Id, report.On.ToString("yyyy-MM-dd"), Math.Round(report.ElapsedShare * 100)]);
            cli.Line(report.AttendanceAvailable ? cli.S["freeriding.meetings", report.MeetingsCounted] : cli.S["freeriding.noMeetings"]);
            if (report.Shortfalls.Count == 0) { cli.Line(cli.S["freeriding.none"]); return 0; }
            var table = new Table().AddColumns(cli.S["col.party"], cli.S["col.what"], cli.S["col.expected"], cli.S["col.actual"], cli.S["col.clause"]);
            foreach (var s in report.Shortfalls)
                table.AddRow(new Text(s.Party), new Text(s.What), new Text($"{s.Expected} {s.Unit}"), new Text($"{s.Actual} {s.Unit}"),
                    new Text(s.Article is { } n ? $"{n}. {s.ClauseTitle} ({s.Clause})" : s.Clause));
            cli.Ctx.Console.Write(table);
            return 0;
        });
        return command;
    }
}
