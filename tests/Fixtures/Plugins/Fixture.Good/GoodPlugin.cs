using System.CommandLine;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;
using Meic.Sdk.Store;
using Spectre.Console;

namespace Fixture.Good;

public sealed class Greeting : Document
{
    public string Text { get; set; } = "";
}

public sealed class GoodPlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddCollection(new CollectionSpec("greetings").Index("text").Searchable("text"));
        registry.AddMigration(new Migration(1, "seed a first greeting", store =>
            store.Collection<Greeting>("greetings").Insert(new Greeting { Id = "first", Text = "benvenuti" })));
        registry.AddCommand("hello", ctx =>
        {
            var name = new Argument<string>("NAME") { DefaultValueFactory = _ => "world" };
            var save = new Option<bool>("--save");
            var command = new Command("hello", "Say hello") { name, save };
            command.SetAction(parse =>
            {
                var text = $"hello {parse.GetValue(name)}";
                if (parse.GetValue(save)) ctx.Store.Collection<Greeting>("greetings").Insert(new Greeting { Text = text });
                var count = ctx.Store.Collection<Greeting>("greetings").Count();
                if (ctx.Json) ctx.WriteJson(new { text, greetings = count });
                else ctx.Console.Write(new Text($"{text} ({count} greetings)\n"));
                return 0;
            });
            return command;
        });
        registry.AddScreen("hello", screen => new TextScreen
        {
            Title = "Hello screen",
            Command = "meic hello",
            Text = () => $"Hello from the fixture plugin ({screen.Meic.Store.Collection<Greeting>("greetings").Count()} greetings).",
        });
    }
}

