using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker services add</c>: one service of one actor.</summary>
internal static class ServicesAddCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var actor = new Option<string>("--actor") { Description = s["opt.actor"], Required = true };
        var name = new Option<string>("--name") { Description = s["opt.name"], Required = true };
        var description = new Option<string?>("--description");
        var area = new Option<string?>("--area") { Description = s["opt.area"] };
        var district = new Option<string?>("--district") { Description = s["opt.district"] };
        var forWhom = new Option<string[]>("--for") { Description = s["opt.for"], AllowMultipleArgumentsPerToken = true };
        var languages = new Option<string[]>("--language") { Description = s["opt.language"], AllowMultipleArgumentsPerToken = true };
        var minAge = new Option<int?>("--min-age"); var maxAge = new Option<int?>("--max-age");
        var sex = new Option<string?>("--sex") { Description = s["opt.sex", BrokerVocabularies.Choices(BrokerVocabularies.ServiceSex, s.Language)] };
        var address = new Option<string?>("--address"); var schedule = new Option<string?>("--when") { Description = s["opt.when"] };
        var access = new Option<string?>("--access") { Description = s["opt.access"] }; var cost = new Option<string?>("--cost");
        var docs = new Option<string[]>("--document") { Description = s["opt.document"] };
        var email = new Option<string?>("--email"); var phone = new Option<string?>("--phone"); var url = new Option<string?>("--url");
        var capacity = new Option<int?>("--capacity") { Description = s["opt.capacity"] };
        var id = new Option<string?>("--id");
        var command = new Command("add", s["cmd.services.add"])
        {
            actor, name, description, area, district, forWhom, languages, minAge, maxAge, sex, address, schedule, access, cost, docs, email, phone, url, capacity, id,
        };
        command.SetAction(p =>
        {
            var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
            var owner = directory.RequireActor(p.GetValue(actor)!, "--actor");
            var service = new Service
            {
                ActorId = owner.Id, Name = p.GetValue(name)!.Trim(), Description = p.GetValue(description), Area = p.GetValue(area) ?? owner.Areas.FirstOrDefault(),
                District = p.GetValue(district), ForWhom = Split(p.GetValue(forWhom)), Languages = Split(p.GetValue(languages)).Select(l => l.ToLowerInvariant()).ToList(),
                MinimumAge = p.GetValue(minAge), MaximumAge = p.GetValue(maxAge), Sex = p.GetValue(sex) is { } sx ? BrokerVocabularies.Parse(BrokerVocabularies.ServiceSex, sx, ctx.Language, "--sex") : null, Address = p.GetValue(address), Schedule = p.GetValue(schedule),
                HowToAccess = p.GetValue(access), Cost = p.GetValue(cost), RequiredDocuments = (p.GetValue(docs) ?? []).ToList(),
                Email = p.GetValue(email), Phone = p.GetValue(phone), Url = p.GetValue(url), Capacity = p.GetValue(capacity),
            };
            service = directory.Add(service, p.GetValue(id));
            ctx.Publish(new MeicEvent("service.added", service.Id));
            if (ctx.Json) ctx.WriteJson(service);
            else Output.Line(ctx, s["services.added", service.Id, owner.Name]);
            return 0;
        });
        return command;
    }

    internal static List<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
}
