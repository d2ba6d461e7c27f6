using System.Globalization;
using System.Text;
using Meic.Brokerage.Commands;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;

namespace Meic.Brokerage.Screens;

/// <summary>The service directory: a searchable list with each service's detail, and the forms that add and change services.</summary>
internal static class ServiceScreens
{
    public static ListScreen Directory(IMeicContext ctx)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        return new ListScreen
        {
            Title = s["screen.services"],
            Command = "meic broker services list --all",
            Help = s["screen.services.help"],
            Columns = [s["col.service"], s["col.actor"], s["col.area"], s["col.district"], s["col.for"], new ListColumn(s["col.capacity"], true), s["col.status"]],
            Empty = s["empty.services"],
            Rows = () =>
            {
                var areas = k.Areas();
                var actors = k.ActorNames();
                return new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx)).Search(includeInactive: true).Select(x => new ListRow(x.Id,
                [
                    x.Name, actors.GetValueOrDefault(x.ActorId, x.ActorId), k.AreaLabel(x.Area, areas), x.District ?? s["detail.everywhere"],
                    string.Join(", ", x.ForWhom), x.Capacity is { } c ? c.ToString(CultureInfo.InvariantCulture) : "", k.Label(BrokerVocabularies.ServiceStatus, x.Status),
                ])
                { Item = x, Keywords = ServiceDirectory.Keywords(x, areas) + " " + x.Id + " " + string.Join(' ', x.Languages) }).ToList();
            },
            Detail = row => row.Item is Service x ? Detail(k, x) : "",
            Actions =
            [
                ScreenAction.Opens("a", s["action.add"], _ => Form(ctx, null), _ => "meic broker services add --actor … --name …"),
                ScreenAction.Opens("e", s["action.edit"], row => row?.Item is Service x ? Form(ctx, x) : null, row => $"meic broker services edit {row?.Id} …", needsRow: true),
                ScreenAction.Opens("r", s["action.refer"], row => ReferralScreens.Refer(ctx, (row?.Item as Service)?.Id),
                    row => $"meic broker refer --case … --from … --service {row?.Id} --consent written", needsRow: true),
                new ScreenAction
                {
                    Key = "Delete", Label = s["action.remove"], NeedsRow = true,
                    Confirm = row => s["confirm.remove", (row.Item as Service)?.Name],
                    Command = row => $"meic broker services remove {row?.Id}",
                    Run = (screen, row) =>
                    {
                        if (row?.Item is not Service x) return;
                        using (var tx = ctx.Store.BeginTransaction())
                        {
                            var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
                            directory.Services.Delete(directory.RequireService(x.Id, "ID"));
                            tx.Commit();
                        }
                        screen.Tell(s["services.removed", x.Id]);
                    },
                },
            ],
        };
    }

    private static string Detail(ScreenKit k, Service x)
    {
        var s = k.S;
        var text = new StringBuilder();
        text.AppendLine(x.Name);
        if (x.Description is { Length: > 0 } d) text.AppendLine(d);
        void Line(string label, string? value) { if (!string.IsNullOrWhiteSpace(value)) text.AppendLine($"{label}: {value}"); }
        Line(s["field.actor"], k.ActorNames().GetValueOrDefault(x.ActorId, x.ActorId));
        Line(s["field.area"], k.AreaLabel(x.Area, k.Areas()));
        Line(s["field.district"], x.District ?? s["detail.everywhere"]);
        Line(s["col.for"], string.Join(", ", x.ForWhom));
        Line(s["col.languages"], string.Join(", ", x.Languages));
        Line(s["field.capacity"], x.Capacity?.ToString(CultureInfo.InvariantCulture));
        Line(s["field.when"], x.Schedule);
        Line(s["field.access"], x.HowToAccess);
        Line(s["field.address"], x.Address);
        Line(s["field.phone"], x.Phone);
        Line(s["field.email"], x.Email);
        Line(s["field.url"], x.Url);
        Line(s["script.documents"], string.Join(", ", x.RequiredDocuments));
        Line(s["field.status"], k.Label(BrokerVocabularies.ServiceStatus, x.Status));
        return text.ToString().TrimEnd();
    }

    private static readonly (string Field, string Option)[] TextFields =
    [
        ("name", "--name"), ("description", "--description"), ("district", "--district"), ("when", "--when"), ("access", "--access"),
        ("address", "--address"), ("phone", "--phone"), ("email", "--email"), ("url", "--url"),
    ];

    /// <summary>The form that adds a service (<paramref name="existing"/> null) or changes one.</summary>
    public static ScreenView Form(IMeicContext ctx, Service? existing)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        if (new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx)).Actors.All().Count == 0)
            return new TextScreen { Title = s["screen.service.add"], Text = () => s["screen.noActors"], Command = "meic map actors add" };
        var x = existing ?? new Service();
        var fields = new List<FormField>
        {
            k.ActorPicker("actor", s["field.actor"], existing?.ActorId),
            new() { Id = "name", Label = s["field.name"], Value = x.Name, Required = true },
            new() { Id = "description", Label = s["field.description"], Kind = FieldKind.LongText, Value = x.Description ?? "" },
            k.AreaPicker(x.Area),
            new() { Id = "district", Label = s["field.district"], Value = x.District ?? "" },
            new() { Id = "for", Label = s["field.for"], Value = string.Join(", ", x.ForWhom) },
            new() { Id = "languages", Label = s["field.languages"], Value = string.Join(", ", x.Languages) },
            new() { Id = "capacity", Label = s["field.capacity"], Kind = FieldKind.Number, Value = x.Capacity?.ToString(CultureInfo.InvariantCulture) ?? "" },
            new() { Id = "when", Label = s["field.when"], Value = x.Schedule ?? "" },
            new() { Id = "access", Label = s["field.access"], Value = x.HowToAccess ?? "" },
            new() { Id = "address", Label = s["field.address"], Value = x.Address ?? "" },
            new() { Id = "phone", Label = s["field.phone"], Value = x.Phone ?? "" },
            new() { Id = "email", Label = s["field.email"], Value = x.Email ?? "" },
            new() { Id = "url", Label = s["field.url"], Value = x.Url ?? "" },
        };
        if (existing is not null) fields.Add(k.Pick("status", s["field.status"], BrokerVocabularies.ServiceStatus, existing.Status));

        return new FormScreen
        {
            Title = existing is null ? s["screen.service.add"] : s["screen.service.edit", existing.Name],
            Command = existing is null ? "meic broker services add" : $"meic broker services edit {existing.Id}",
            Fields = fields,
            CommandFor = v => CommandLine(v, existing),
            Save = v =>
            {
                var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
                var service = existing is null ? new Service() : directory.RequireService(existing.Id, "ID");
                if (existing is not null && service.Version != existing.Version)
                    throw new ConflictException(Collections.Services, existing.Id, existing.Version, service.Version);
                service.ActorId = v.Choice("actor") ?? "";
                service.Name = v["name"];
                service.Description = v.Text("description");
                service.Area = v.Choice("area") ?? (existing is null ? directory.Actors.Get(service.ActorId)?.Areas.FirstOrDefault() : null);
                service.District = v.Text("district");
                service.ForWhom = ScreenKit.Split(v["for"]);
                service.Languages = ScreenKit.Split(v["languages"]).Select(l => l.ToLowerInvariant()).ToList();
                service.Capacity = v.Number("capacity") is { } c ? (int)c : null;
                service.Schedule = v.Text("when"); service.HowToAccess = v.Text("access"); service.Address = v.Text("address");
                service.Phone = v.Text("phone"); service.Email = v.Text("email"); service.Url = v.Text("url");
                if (existing is not null) service.Status = v.Choice("status") ?? service.Status;
                try
                {
                    service = existing is null ? directory.Add(service) : directory.Update(service);
                }
                catch (InputException e) { return e.Where?.TrimStart('-') is { } f && fields.Any(x => x.Id == f) ? FormResult.Refuse(f, Shell.Reason(e)) : FormResult.Refuse("", e.Message); }
                ctx.Publish(new MeicEvent(existing is null ? "service.added" : "service.updated", service.Id));
                return FormResult.Ok(existing is null ? s["services.added", service.Id, directory.Actors.Get(service.ActorId)?.Name ?? service.ActorId] : s["services.edited", service.Id]);
            },
        };
    }

    private static string CommandLine(FormValues v, Service? existing)
    {
        var words = new List<string?> { "meic", "broker", "services" };
        if (existing is null) words.AddRange(["add", "--actor", v.Choice("actor") ?? "…"]);
        else
        {
            words.AddRange(["edit", existing.Id]);
            if (v.Choice("actor") is { } a && a != existing.ActorId) words.AddRange(["--actor", a]);
        }
        string? Old(string field) => existing is null ? null : field switch
        {
            "name" => existing.Name, "description" => existing.Description, "district" => existing.District, "when" => existing.Schedule,
            "access" => existing.HowToAccess, "address" => existing.Address, "phone" => existing.Phone, "email" => existing.Email, "url" => existing.Url,
            _ => null,
        };
        foreach (var (field, option) in TextFields)
            if (v.Text(field) is { } value && value != Old(field)) words.AddRange([option, value]);
        if (v.Choice("area") is { } area && area != existing?.Area) words.AddRange(["--area", area]);
        if (ScreenKit.Split(v["for"]) is { Count: > 0 } f && string.Join(",", f) != string.Join(",", existing?.ForWhom ?? [])) words.AddRange(["--for", string.Join(",", f)]);
        if (ScreenKit.Split(v["languages"]) is { Count: > 0 } l && string.Join(",", l) != string.Join(",", existing?.Languages ?? [])) words.AddRange(["--language", string.Join(",", l)]);
        if (v.Number("capacity") is { } c && (int)c != existing?.Capacity) words.AddRange(["--capacity", ((int)c).ToString(CultureInfo.InvariantCulture)]);
        if (existing is not null && v.Choice("status") is { } st && st != existing.Status) words.AddRange(["--status", st]);
        return Shell.Line([.. words]);
    }
}
