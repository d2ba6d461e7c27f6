using System.Text;
using Meic.Brokerage.Commands;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Screens;

/// <summary>Referrals: the list with each one's history, the form that makes one (consent first), and the moves through its states.</summary>
internal static class ReferralScreens
{
    private static string StatusId(ReferralStatus status) => Names.Kebab(status);

    public static ListScreen List(IMeicContext ctx)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        return new ListScreen
        {
            Title = s["screen.referrals"],
            Command = "meic broker referral list",
            Columns = [s["col.case"], s["col.from"], s["col.to"], s["col.service"], s["col.status"], s["col.consent"], s["col.created"]],
            Empty = s["empty.referrals"],
            Rows = () =>
            {
                var actors = k.ActorNames();
                var services = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx)).Services.All().ToDictionary(x => x.Id, x => x.Name);
                return ctx.Store.Collection<Referral>(Collections.Referrals).All().OrderByDescending(r => r.CreatedOn).ThenBy(r => r.Id).Select(r => new ListRow(r.Id,
                [
                    r.CaseCode, actors.GetValueOrDefault(r.FromActorId, r.FromActorId), actors.GetValueOrDefault(r.ToActorId, r.ToActorId),
                    services.GetValueOrDefault(r.ServiceId, r.ServiceId), k.Label(BrokerVocabularies.ReferralStatus, StatusId(r.Status)),
                    k.Label(BrokerVocabularies.ConsentKind, r.Consent.Kind), k.Day(r.CreatedOn),
                ])
                { Item = r, Keywords = r.Id }).ToList();
            },
            Detail = row => row.Item is Referral r ? Detail(k, r) : "",
            Actions =
            [
                ScreenAction.Opens("n", s["screen.refer"], _ => Refer(ctx, null), _ => "meic broker refer --case … --from … --service … --consent written"),
                new ScreenAction
                {
                    Key = "a", Label = s["action.accept"], NeedsRow = true,
                    Confirm = row => s["confirm.accept", (row.Item as Referral)?.CaseCode, row.Cells[3]],
                    Command = row => Transition("accept", row),
                    Run = (screen, row) =>
                    {
                        if (row?.Item is not Referral seen) return;
                        Referral r;
                        using (var tx = ctx.Store.BeginTransaction())
                        {
                            r = ReferralWorkflow.Accept(ctx.Store, ReferralWorkflow.Load(ctx.Store, seen.Id, seen.Version, s), ctx.User, ctx.Clock.Now, null, s);
                            tx.Commit();
                        }
                        Published(ctx, r);
                        screen.Tell(Said(k, r));
                    },
                },
                ScreenAction.Opens("j", s["action.reject"], row => row?.Item is Referral r ? Move(ctx, r, "reject") : null, row => Transition("reject", row, "--reason …"), needsRow: true),
                ScreenAction.Opens("v", s["action.revoke"], row => row?.Item is Referral r ? Move(ctx, r, "revoke") : null, row => Transition("revoke", row, "--reason …"), needsRow: true),
                ScreenAction.Opens("d", s["action.done"], row => row?.Item is Referral r ? Move(ctx, r, "done") : null, row => Transition("done", row, "--successful --reason serviceProvided"), needsRow: true),
            ],
        };
    }

    private static string Transition(string verb, ListRow? row, string? rest = null) =>
        $"meic broker referral {verb} {row?.Id} --expect-version {(row?.Item as Referral)?.Version}" + (rest is null ? "" : " " + rest);

    private static string Said(ScreenKit k, Referral r) => k.S["referral.status", r.Id, k.Label(BrokerVocabularies.ReferralStatus, StatusId(r.Status)), r.Version];

    private static void Published(IMeicContext ctx, Referral r) =>
        ctx.Publish(new MeicEvent($"referral.{StatusId(r.Status)}", r.Id, new Dictionary<string, object?>
        {
            ["from"] = r.FromActorId, ["to"] = r.ToActorId, ["successful"] = r.Successful,
        }));

    private static string Detail(ScreenKit k, Referral r)
    {
        var s = k.S;
        var text = new StringBuilder();
        text.AppendLine($"{s["col.case"]}: {r.CaseCode}   {s["col.status"]}: {k.Label(BrokerVocabularies.ReferralStatus, StatusId(r.Status))}   {s["col.version"]}: {r.Version}");
        text.AppendLine($"{s["col.consent"]}: {k.Label(BrokerVocabularies.ConsentKind, r.Consent.Kind)}"
            + (r.Consent.Overridden ? " — " + s["detail.consentOverride", r.Consent.OverriddenBy, r.Consent.OverrideRole, r.Consent.OverrideReason] : ""));
        if (r.RejectReason is not null) text.AppendLine($"{s["detail.rejected"]}: {r.RejectReason}");
        if (r.OutcomeReason is not null) text.AppendLine($"{s["detail.outcome"]}: {k.Label(BrokerVocabularies.ReferralOutcome, r.OutcomeReason)}");
        text.AppendLine().AppendLine(s["detail.history"] + ":");
        foreach (var h in r.History)
            text.AppendLine($"  {k.Day(h.At)}  {k.Label(BrokerVocabularies.ReferralStatus, StatusId(h.Status))}  {h.By}" + (h.Note is null ? "" : "  " + h.Note));
        return text.ToString().TrimEnd();
    }

    /// <summary>The referral form: case code, from, service, and the consent, recorded before anything is sent.</summary>
    public static ScreenView Refer(IMeicContext ctx, string? serviceId)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
        var services = directory.Search();
        if (services.Count == 0) return new TextScreen { Title = s["screen.refer"], Text = () => s["screen.noServices"], Command = "meic broker services list" };
        var actors = k.ActorNames();
        var needs = NeedSources.All(ctx.Store);
        var fields = new List<FormField>
        {
            new()
            {
                Id = "case", Label = s["field.case"], Required = true, Hint = s["field.case.hint"],
                Check = text => { try { CaseCode.Validate(text, s); return null; } catch (InputException) { return s["refuse.caseCode"]; } },
            },
            k.ActorPicker("from", s["field.from"], null),
            new()
            {
                Id = "service", Label = s["field.service"], Kind = FieldKind.Choice, Required = true, Value = serviceId ?? "",
                Choices = services.Select(x => new Choice(x.Id, $"{x.Name} — {actors.GetValueOrDefault(x.ActorId, x.ActorId)}")).ToList(),
            },
            k.Pick("consentKind", s["field.consentKind"], BrokerVocabularies.ConsentKind, null, only: t => t.Id != "none"),
            new() { Id = "consentGiven", Label = s["field.consentGiven"], Kind = FieldKind.Flag, Value = "false", Check = text => text == "true" ? null : s["refuse.consent"] },
        };
        if (needs.Count > 0)
            fields.Add(new FormField { Id = "need", Label = s["field.need"], Kind = FieldKind.Choice, Choices = needs.Select(n => new Choice(n.Id, n.Description)).ToList() });

        return new FormScreen
        {
            Title = s["screen.refer"],
            Command = "meic broker refer",
            Help = s["refuse.consent"],
            Fields = fields,
            CommandFor = v => Shell.Line(["meic", "broker", "refer", "--case", v.Text("case") ?? "…", "--from", v.Choice("from") ?? "…", "--service", v.Choice("service") ?? "…",
                "--consent", v.Choice("consentKind") ?? "…", .. v.Choice("need") is { } n ? new[] { "--need", n } : []]),
            Save = v =>
            {
                if (!v.Flag("consentGiven")) return FormResult.Refuse("consentGiven", s["refuse.consent"]);
                var referral = ReferralWorkflow.Create(ctx.Store,
                    new ReferralRequest(v["case"], v.Choice("from")!, v.Choice("service")!, v.Choice("consentKind")!, v.Choice("need")),
                    ConsentPolicy.From(ctx), ctx.Clock.Now, s);
                ctx.Publish(new MeicEvent("referral.created", referral.Id, new Dictionary<string, object?>
                {
                    ["from"] = referral.FromActorId, ["to"] = referral.ToActorId, ["service"] = referral.ServiceId, ["consentOverridden"] = false,
                }));
                return FormResult.Ok(s["referral.created", referral.Id, referral.CaseCode, actors.GetValueOrDefault(referral.ToActorId, referral.ToActorId), referral.ServiceId]);
            },
        };
    }

    /// <summary>The form for rejecting (a reason), revoking (a reason, optional) or closing (the outcome) <paramref name="seen"/>.</summary>
    public static FormScreen Move(IMeicContext ctx, Referral seen, string verb)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        var fields = verb == "done"
            ? new List<FormField> { k.Pick("outcome", s["field.outcome"], BrokerVocabularies.ReferralOutcome, null) }
            : [new FormField { Id = "reason", Label = s["field.reason"], Kind = FieldKind.LongText, Required = verb == "reject" }];
        return new FormScreen
        {
            Title = s["screen.referral." + verb, seen.CaseCode],
            Command = $"meic broker referral {verb} {seen.Id}",
            Fields = fields,
            CommandFor = v =>
            {
                var words = new List<string?> { "meic", "broker", "referral", verb, seen.Id, "--expect-version", seen.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                if (verb == "done")
                {
                    var outcome = v.Choice("outcome");
                    words.Add(outcome is not null && ReferralWorkflow.UnsuccessfulReasons.Contains(outcome) ? "--unsuccessful" : "--successful");
                    if (outcome is not null) words.AddRange(["--reason", outcome]);
                }
                else if (v.Text("reason") is { } reason) words.AddRange(["--reason", reason]);
                return Shell.Line([.. words]);
            },
            Save = v =>
            {
                var r = ReferralWorkflow.Load(ctx.Store, seen.Id, seen.Version, s);
                r = verb switch
                {
                    "reject" => ReferralWorkflow.Reject(ctx.Store, r, ctx.User, ctx.Clock.Now, v["reason"], s),
                    "revoke" => ReferralWorkflow.Revoke(ctx.Store, r, ctx.User, ctx.Clock.Now, v.Text("reason"), s),
                    _ => ReferralWorkflow.Done(ctx.Store, r, ctx.User, ctx.Clock.Now, !ReferralWorkflow.UnsuccessfulReasons.Contains(v.Choice("outcome")), v.Choice("outcome"), s),
                };
                Published(ctx, r);
                return FormResult.Ok(Said(k, r));
            },
        };
    }
}
