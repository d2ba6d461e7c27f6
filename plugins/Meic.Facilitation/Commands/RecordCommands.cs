using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary>
/// <c>meic meeting decision add ID|edit DECISION|remove DECISION</c> and <c>meic meeting action add ID|edit ACTION|remove ACTION</c>:
/// the record of a meeting, correctable until its minutes are approved.
/// </summary>
internal static class RecordCommands
{
    public static Command Decisions(Store.Facilitation f)
    {
        var t = f.T;
        Command Build(string verb, bool adding)
        {
            var id = new Argument<string>(adding ? "ID" : "DECISION") { Description = adding ? t["arg.id"] : t["arg.decision"] };
            var method = new Option<string?>("--method") { Description = t["opt.method"] };
            var proposal = new Option<string?>("--proposal") { Description = t["opt.proposal"], Required = adding };
            var outcome = new Option<string?>("--outcome") { Description = t["opt.outcome"] };
            var objections = new Option<string?>("--objections") { Description = t["opt.objections"] };
            var review = new Option<string?>("--review") { Description = t["opt.review"] };
            var item = new Option<string?>("--item") { Description = t["opt.item"] };
            var command = new Command(verb, t[$"cmd.decision.{verb}"]) { id, method, proposal, outcome, objections, review, item };
            command.SetAction(parse =>
            {
                Decision d;
                if (adding)
                {
                    var m = f.RequireMeeting(parse.GetValue(id)!);
                    d = Store.MeetingRecords.AddDecision(f, m, new Store.DecisionDraft(
                        parse.GetValue(method) is { } x ? Parse.Enum<DecisionMethod>(x, "--method", f.T) : DecisionMethod.Consent,
                        parse.GetValue(proposal)!, parse.GetValue(outcome) ?? "", parse.GetValue(objections),
                        parse.GetValue(review) is { } r ? f.ParseDay(r, "--review") : null, parse.GetValue(item)));
                }
                else
                {
                    var old = RequireDecision(f, parse.GetValue(id)!);
                    d = Store.MeetingRecords.UpdateDecision(f, old, new Store.DecisionDraft(
                        parse.GetValue(method) is { } x ? Parse.Enum<DecisionMethod>(x, "--method", f.T) : old.Method,
                        parse.GetValue(proposal) ?? old.Proposal, parse.GetValue(outcome) ?? old.Outcome, parse.GetValue(objections) ?? old.Objections,
                        parse.GetValue(review) is { } r ? f.ParseDay(r, "--review") : old.ReviewDate, parse.GetValue(item) ?? old.AgendaItemId));
                }
                if (f.Context.Json) f.Context.WriteJson(d);
                else Output.Line(f.Context.Console, t["decision.saved", d.Id]);
                return 0;
            });
            return command;
        }
        var removeId = new Argument<string>("DECISION") { Description = t["arg.decision"] };
        var remove = new Command("remove", t["cmd.decision.remove"]) { removeId };
        remove.SetAction(parse =>
        {
            var d = RequireDecision(f, parse.GetValue(removeId)!);
            Store.MeetingRecords.RemoveDecision(f, d);
            if (f.Context.Json) f.Context.WriteJson(new { removed = d.Id });
            else Output.Line(f.Context.Console, t["decision.removed", d.Id]);
            return 0;
        });
        return new Command("decision", t["cmd.decision"]) { Build("add", true), Build("edit", false), remove };
    }

    public static Command Actions(Store.Facilitation f)
    {
        var t = f.T;
        Command Build(string verb, bool adding)
        {
            var id = new Argument<string>(adding ? "ID" : "ACTION") { Description = adding ? t["arg.id"] : t["arg.action"] };
            var what = new Option<string?>("--what") { Description = t["opt.what"], Required = adding };
            var owner = new Option<string?>("--owner") { Description = t["opt.owner"], Required = adding };
            var due = new Option<string?>("--due") { Description = t["opt.due"] };
            var item = new Option<string?>("--item") { Description = t["opt.item"] };
            var command = new Command(verb, t[$"cmd.action.{verb}"]) { id, what, owner, due, item };
            command.SetAction(parse =>
            {
                ActionItem a;
                if (adding)
                {
                    var m = f.RequireMeeting(parse.GetValue(id)!);
                    a = Store.MeetingRecords.AddAction(f, m, new Store.ActionDraft(parse.GetValue(what)!, parse.GetValue(owner)!,
                        parse.GetValue(due) is { } d ? f.ParseDay(d, "--due") : null, parse.GetValue(item)));
                }
                else
                {
                    var old = f.Actions.Get(parse.GetValue(id)!) ?? throw new InputException(t["error.noAction", parse.GetValue(id)!], "ACTION");
                    a = Store.MeetingRecords.UpdateAction(f, old, new Store.ActionDraft(parse.GetValue(what) ?? old.What, parse.GetValue(owner) ?? old.OwnerActorId,
                        parse.GetValue(due) is { } d ? f.ParseDay(d, "--due") : old.Due, parse.GetValue(item) ?? old.AgendaItemId));
                }
                if (f.Context.Json) f.Context.WriteJson(a);
                else Output.Line(f.Context.Console, t["action.saved", a.Id]);
                return 0;
            });
            return command;
        }
        var removeId = new Argument<string>("ACTION") { Description = t["arg.action"] };
        var remove = new Command("remove", t["cmd.action.remove"]) { removeId };
        remove.SetAction(parse =>
        {
            var a = f.Actions.Get(parse.GetValue(removeId)!) ?? throw new InputException(t["error.noAction", parse.GetValue(removeId)!], "ACTION");
            Store.MeetingRecords.RemoveAction(f, a);
            if (f.Context.Json) f.Context.WriteJson(new { removed = a.Id });
            else Output.Line(f.Context.Console, t["action.removed", a.Id]);
            return 0;
        });
        return new Command("action", t["cmd.action"]) { Build("add", true), Build("edit", false), remove };
    }

    private static Decision RequireDecision(Store.Facilitation f, string id) =>
        f.Decisions.Get(id) ?? throw new InputException(f.T["error.noRecord", id], "DECISION");
}
