using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Setup;

namespace Meic.Cli.Commands;

/// <summary>
/// <c>meic cluster set name|promoter|secretariat|city|country|timezone|language|languages|phase VALUE</c>: one setting,
/// in the user's words (a phase or language by its Italian, Spanish or English name; a promoter by actor id or name).
/// </summary>
internal static class ClusterSetCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var setting = new Argument<string>("SETTING") { Description = t["cmd.cluster.set.setting"] };
        var value = new Argument<string[]>("VALUE") { Description = t["cmd.cluster.set.value"], Arity = ArgumentArity.OneOrMore };
        var command = new Command("set", t["cmd.cluster.set"]) { setting, value };
        command.SetAction(parse =>
        {
            var cluster = ClusterRecord.Load(context);
            var name = parse.GetValue(setting)!;
            // Several words without quotes are one value: `meic cluster set name Cluster MEIC di Torino`.
            var typed = string.Join(' ', parse.GetValue(value)!);
            var (shown, newActor) = ClusterSettings.Set(cluster, name, typed, ClusterRecord.Actors(context).All(), t);
            ClusterRecord.Save(context, cluster, newActor, "cmd.cluster.set");
            if (context.Json)
                context.WriteJson(new { setting = ClusterSettings.SettingName(name), value = shown, newActor = newActor is null ? null : new { newActor.Id, newActor.Name } });
            else
            {
                var field = t["cluster.field." + ClusterSettings.SettingName(name)];
                context.Out.WriteLine(t["cluster.set.done", field, shown]);
                if (newActor is not null) context.Out.WriteLine(t["init.newActor", newActor.Name, newActor.Id]);
            }
            return 0;
        });
        return command;
    }
}
