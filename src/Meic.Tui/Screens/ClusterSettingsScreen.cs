using Meic.Core.Setup;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Tui.Screens;

/// <summary>
/// The cluster's settings as a form: each changed field is set with the code of <c>meic cluster set</c>
/// (<see cref="ClusterSettings.Set"/>) and the record saved as that command saves it; the command line shows the
/// equivalent <c>meic cluster set …</c> commands as the user types.
/// </summary>
internal static class ClusterSettingsScreen
{
    private static readonly string[] Phases = ["activation", "rules", "brokerage", "facilitation", "mediation"];

    public static FormScreen Create(IShellHost host)
    {
        var context = host.Context;
        var t = context.Strings;
        var cluster = Load(host);
        var actors = context.Store.Collection<Actor>(Actor.CollectionName).All()
            .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var promoter = cluster.PromoterId.Length > 0 ? cluster.PromoterId : actors.FirstOrDefault(a => a.Name == cluster.Promoter)?.Id ?? "";
        var fields = new List<FormField>
        {
            new() { Id = "name", Label = t["cluster.field.name"], Value = cluster.Name, Required = true },
            new() { Id = "city", Label = t["cluster.field.city"], Value = cluster.City, Required = true },
            new() { Id = "country", Label = t["cluster.field.country"], Value = cluster.Country, Hint = t["ui.hint.country"] },
            new()
            {
                Id = "promoter", Label = t["cluster.field.promoter"], Kind = FieldKind.Choice, Value = promoter, Required = true,
                Choices = actors.Select(a => new Choice(a.Id, a.Name)).ToList(),
            },
            new() { Id = "secretariat", Label = t["cluster.field.secretariat"], Value = cluster.Secretariat },
            new()
            {
                Id = "timezone", Label = t["cluster.field.timezone"], Value = cluster.TimeZone, Required = true, Hint = "Europe/Rome",
                Check = v => ClusterWords.IsTimeZone(v, out var near) ? null : t[near is null ? "setup.err.timezone" : "setup.err.timezoneNear", v, near],
            },
            new()
            {
                Id = "languages", Label = t["cluster.field.languages"], Kind = FieldKind.Choices, Required = true,
                Value = string.Join(",", cluster.Languages.Count > 0 ? cluster.Languages : [cluster.Language]),
                Choices = Strings.SupportedLanguages.Select(l => new Choice(l, t["lang." + l])).ToList(),
            },
            new()
            {
                Id = "phase", Label = t["cluster.field.phase"], Kind = FieldKind.Choice, Required = true, Value = Names.Kebab(cluster.Phase),
                Choices = Phases.Select(p => new Choice(p, t["phase." + p])).ToList(),
            },
        };
        FormScreen? form = null;
        form = new FormScreen
        {
            Title = t["ui.settings"],
            Command = "meic cluster show",
            Help = t["ui.help.settings"],
            Fields = fields,
            CommandFor = values => Commands(form!, values),
            Save = values =>
            {
                var record = Load(host);
                var all = context.Store.Collection<Actor>(Actor.CollectionName).All();
                Actor? added = null;
                foreach (var (setting, value) in Changes(form!, values))
                {
                    try
                    {
                        var (_, newActor) = ClusterSettings.Set(record, setting, value, all, t);
                        added ??= newActor;
                    }
                    catch (InputException e) { return FormResult.Refuse(setting, Refusals.Words(e, t)); }
                }
                host.SaveCluster(record, added, "cmd.cluster.set");
                context.ForgetVocabularies();
                return FormResult.Ok(t["ui.saved"]);
            },
        };
        return form;
    }

    private static Cluster Load(IShellHost host) =>
        host.Context.Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster")
        ?? throw new MeicException(host.Context.Strings["cluster.err.noRecord"]);

    // The settings whose value the user changed, as `meic cluster set` takes them (choices by id).
    private static IEnumerable<(string Setting, string Value)> Changes(FormScreen form, FormValues values)
    {
        var initial = form.Initial();
        foreach (var field in form.Fields)
        {
            var now = values[field.Id];
            var same = field.Kind switch
            {
                FieldKind.Choices => values.ChoiceIds(field.Id).Order().SequenceEqual(initial.ChoiceIds(field.Id).Order()),
                FieldKind.Choice => values.Choice(field.Id) == initial.Choice(field.Id),
                _ => now == initial[field.Id],
            };
            if (same) continue;
            yield return (field.Id, field.Kind == FieldKind.Choices ? string.Join(",", values.ChoiceIds(field.Id)) : field.Kind == FieldKind.Choice ? values.Choice(field.Id) ?? now : now);
        }
    }

    private static string Commands(FormScreen form, FormValues values)
    {
        var commands = Changes(form, values).Select(c => $"meic cluster set {c.Setting} {ClusterSetup.Quote(c.Value)}").ToList();
        return commands.Count == 0 ? "meic cluster show" : string.Join(" && ", commands);
    }
}
