using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic actions [--owner A] [--overdue] [--all]</c>, and <c>meic actions done|drop ID</c>.</summary>
internal static class ActionsCommand
{
    public static Command Create(Meic.Sdk.Plugins.IMeicContext ctx)
    {
        var f = new Store.Facilitation(ctx);
        var t = f.T;
        var owner = new Option<string?>("--owner") { Description = t["opt.owner"] };
        var overdue = new Option<bool>("--overdue") { Description = t["opt.overdue"] };
        var all = new Option<bool>("--all") { Description = t["opt.allActions"] };
        var command = new Command("actions", t["cmd.actions"]) { owner, overdue, all, SetStatus(f, "done", ActionStatus.Done), SetStatus(f, "drop", ActionStatus.Dropped) };
        command.SetAction(parse =>
        {
            var today = f.Today;
            IEnumerable<ActionItem> list = f.Actions.All().Where(a => a.What.Length > 0);
            if (!parse.GetValue(all)) list = list.Where(a => a.Status == ActionStatus.Open);
            if (parse.GetValue(owner) is { } o) { var id = f.RequireActor(o, "--owner").Id; list = list.Where(a => a.OwnerActorId == id); }
            if (parse.GetValue(overdue)) list = list.Where(a => a.IsOverdue(today));
            var rows = list.OrderBy(a => f.ActorName(a.OwnerActorId), StringComparer.CurrentCultureIgnoreCase).ThenBy(a => a.Due ?? DateOnly.MaxValue).ToList();
            if (f.Context.Json)
            {
                f.Context.WriteJson(rows.Select(a => new
                {
                    a.Id, a.MeetingId, a.What, a.OwnerActorId, owner = f.ActorName(a.OwnerActorId), a.Due, a.Status, a.DoneOn, overdue = a.IsOverdue(today),
                }));
                return 0;
            }
            if (rows.Count == 0) { Output.Line(f.Context.Console, t[parse.GetValue(overdue) ? "actions.noneOverdue" : "actions.none"]); return 0; }
            var table = new Table().AddColumns(t["col.owner"], t["col.action"], t["col.due"], t["col.status"], t["col.meeting"], t["col.id"]);
            foreach (var a in rows)
                table.AddRow(new Text(f.ActorName(a.OwnerActorId)), new Text(a.What),
                    a.IsOverdue(today) ? new Markup($"[red]{Markup.Escape(f.Day(a.Due))} {Markup.Escape(t["actions.overdue"])}[/]") : new Text(f.Day(a.Due)),
                    new Text(t[$"status.{Names.Kebab(a.Status)}"]), new Text(a.MeetingId), new Text(a.Id));
            f.Context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command SetStatus(Store.Facilitation f, string verb, ActionStatus status)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.action"] };
        var command = new Command(verb, t[$"cmd.actions.{verb}"]) { id };
        command.SetAction(parse =>
        {
            var a = f.Actions.Get(parse.GetValue(id)!) ?? throw new InputException(t["error.noAction", parse.GetValue(id)!], "ID");
            a.Status = status;
            a.DoneOn = status == ActionStatus.Done ? f.Today : null;
            f.Actions.Update(a);
            if (f.Context.Json) f.Context.WriteJson(a);
            else Output.Line(f.Context.Console, t["actions.set", a.Id, t[$"status.{Names.Kebab(status)}"]]);
            return 0;
        });
        return command;
    }
}
