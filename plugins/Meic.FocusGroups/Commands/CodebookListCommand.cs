using System.CommandLine;
using Meic.FocusGroups.Model;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus codebook list</c>: the codes as a tree.</summary>
internal static class CodebookListCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var command = new Command("list", s["cmd.codebook.list"]);
        command.SetAction(_ =>
        {
            var codes = Ui.Fs(ctx).Codes.All();
            if (ctx.Json) { ctx.WriteJson(codes); return 0; }
            var tree = new Tree(new Text(s["codebook.title", codes.Count]));
            void Add(IHasTreeNodes node, string? parent)
            {
                foreach (var c in codes.Where(c => c.ParentId == parent))
                    Add(node.AddNode(new Text($"{c.Names.GetValueOrDefault(ctx.Language, c.Name)} ({c.Id}){(c.Key is null ? "" : $" [{c.Key}]")}{(c.Definition is null ? "" : " — " + c.Definition)}")), c.Id);
            }
            Add(tree, null);
            ctx.Console.Write(tree);
            return 0;
        });
        return command;
    }
}
