using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker services edit ID [--name] [--area] …</c>: changes only the fields given, with the checks of <c>add</c>.</summary>
internal static class ServicesEditCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var id = new Argument<string>("ID");
        var actor = new Option<string?>("--actor") { Description = s["opt.actor"] };
        var name = new Option<string?>("--name") { Description = s["opt.name"] };
        var description = new Option<string?>("--description");
        var area = new Option<string?>("--area") { Description = s["opt.area"] };
        var district = new Option<string?>("--district") { Description = s["opt.district"] };
        var forWhom = new Option<string[]>("--for") { Description = s["opt.for"], AllowMultipleArgumentsPerToken = true };
        var languages = new Option<string[]>("--language") { Description = s["opt.language"], AllowMultipleArgumentsPerToken = true };
        var address = new Option<string?>("--address"); var schedule = new Option<string?>("--when") { Description = s["opt.when"] };
        var access = new Option<string?>("--access") { Description = s["opt.access"] }; var cost = new Option<string?>("--cost");
        var email = new Option<string?>("--email"); var phone = new Option<string?>("--phone"); var url = new Option<string?>("--url");
        var capacity = new Option<int?>("--capacity") { Description = s["opt.capacity"] };
        var status = new Option<string?>("--status") { Description = s["opt.serviceStatus", BrokerVocabularies.Choices(BrokerVocabularies.ServiceStatus, s.Language)] };
        var command = new Command("edit", s["cmd.services.edit"])
        {
            id, actor, name, description, area, district, forWhom, languages, address, schedule, access, cost, email, phone, url, capacity, status,
        };
        command.SetAction(p =>
        {
            var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
            var service = directory.RequireService(p.GetValue(id)!, "ID");
            if (p.GetValue(actor) is { } a) service.ActorId = directory.RequireActor(a, "--actor").Id;
            if (p.GetValue(name) is { } n) service.Name = n.Trim();
            service.Description = p.GetValue(description) ?? service.Description;
            service.Area = p.GetValue(area) ?? service.Area;
            service.District = p.GetValue(district) ?? service.District;
            if (p.GetValue(forWhom) is { Length: > 0 } f) service.ForWhom = ServicesAddCommand.Split(f);
            if (p.GetValue(languages) is { Length: > 0 } l) service.Languages = ServicesAddCommand.Split(l).Select(x => x.ToLowerInvariant()).ToList();
            service.Address = p.GetValue(address) ?? service.Address;
            service.Schedule = p.GetValue(schedule) ?? service.Schedule;
            service.HowToAccess = p.GetValue(access) ?? service.HowToAccess;
            service.Cost = p.GetValue(cost) ?? service.Cost;
            service.Email = p.GetValue(email) ?? service.Email;
            service.Phone = p.GetValue(phone) ?? service.Phone;
            service.Url = p.GetValue(url) ?? service.Url;
            service.Capacity = p.GetValue(capacity) ?? service.Capacity;
            if (p.GetValue(status) is { } st) service.Status = BrokerVocabularies.Parse(BrokerVocabularies.ServiceStatus, st, ctx.Language, "--status");
            service = directory.Update(service);
            ctx.Publish(new MeicEvent("service.updated", service.Id));
            if (ctx.Json) ctx.WriteJson(service);
            else Output.Line(ctx, s["services.edited", service.Id]);
            return 0;
        });
        return command;
    }
}
