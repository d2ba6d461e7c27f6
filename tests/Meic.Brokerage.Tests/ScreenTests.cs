using Meic.Brokerage.Screens;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Brokerage.Tests;

public sealed class ScreenTests
{
    private sealed class ScriptedHost(IAnsiConsole console, Queue<object> inputs) : IScreenHost
    {
        public IAnsiConsole Console { get; } = console;
        public List<string> Titles { get; } = new();
        public ConsoleKeyInfo ReadKey() => inputs.Count > 0 && inputs.Peek() is ConsoleKey k ? Key(inputs.Dequeue()) : new ConsoleKeyInfo('\x1b', ConsoleKey.Escape, false, false, false);
        private static ConsoleKeyInfo Key(object k) => new('\0', (ConsoleKey)k, false, false, false);
        public void Clear(string title) { Titles.Add(title); Console.Write(new Text($"== {title}\n")); }
        public string? ReadLine(string prompt) => inputs.Count > 0 && inputs.Peek() is string ? (string)inputs.Dequeue() : null;
        public int? Choose(string title, IReadOnlyList<string> items)
        {
            Titles.Add(title);
            if (inputs.Count == 0 || inputs.Peek() is not int) return null;
            var i = (int)inputs.Dequeue();
            Console.Write(new Text($"chose {items[i]}\n"));
            return i;
        }
    }

    [Fact]
    public void Should_walk_an_operator_through_a_script_and_show_the_services_and_documents()
    {
        using var cluster = new TestCluster();
        using var store = cluster.OpenStore();
        var ctx = new TestContext(store, "en");
        var questions = Enumerable.Repeat<object>("ok", 6);
        var inputs = new Queue<object>([1, .. questions, ConsoleKey.Escape]); // the second English script: the vocational course
        var host = new ScriptedHost(ctx.Console, inputs);
        new BrokerScreen(ctx).Run(host);
        var screen = ctx.Output.ToString();
        screen.ShouldContain("Question 1 of 6");
        screen.ShouldContain("Question 6 of 6");
        screen.ShouldContain("Services to consider");
        screen.ShouldContain("Corsi di formazione professionale (cnos-fap-vocational-courses)");
        screen.ShouldContain("Tax code (codice fiscale)");
        inputs.ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_when_the_operator_presses_escape_mid_script()
    {
        using var cluster = new TestCluster("madrid");
        using var store = cluster.OpenStore();
        var ctx = new TestContext(store, "es");
        var host = new ScriptedHost(ctx.Console, new Queue<object>([0, "sí"]));
        new BrokerScreen(ctx).Run(host);
        ctx.Output.ToString().ShouldContain("Pregunta 2 de");
    }
}
