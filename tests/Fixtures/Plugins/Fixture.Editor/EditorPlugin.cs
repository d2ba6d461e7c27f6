using System.CommandLine;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;

namespace Fixture.Editor;

/// <summary>A facilitator editing a record slowly: reads it, waits until told to go on (a line on stdin), then saves.</summary>
public sealed class EditorPlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddCommand("rename-actor", ctx =>
        {
            var id = new Argument<string>("ID");
            var name = new Argument<string>("NAME");
            var command = new Command("rename-actor", "Rename an actor after a pause") { id, name };
            command.SetAction(parse =>
            {
                var actors = ctx.Store.Collection<Actor>(Actor.CollectionName);
                var actor = actors.Get(parse.GetValue(id)!) ?? throw new Meic.Sdk.Errors.InputException("no such actor", "ID");
                ctx.Out.WriteLine($"READ v{actor.Version}");
                ctx.Out.Flush();
                Console.In.ReadLine();
                actor.Name = parse.GetValue(name)!;
                actors.Update(actor);
                ctx.Out.WriteLine($"SAVED v{actor.Version}");
                return 0;
            });
            return command;
        });
    }
}
