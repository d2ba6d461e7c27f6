using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Meic.Store.Postgres;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic store copy --to postgres://…|FILE.db|FILE.litedb</c>: the whole cluster, journal included, checked by counts and hashes.</summary>
internal static class StoreCopyCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var to = new Option<string>("--to") { Description = t["store.copy.opt.to"], Required = true };
        var command = new Command("copy", t["cmd.store.copy"]) { to };
        command.SetAction(parse =>
        {
            var destination = parse.GetValue(to)!;
            Meic.Cli.App.Access.RequireCoordinator(context, "store.copy.what");
            var source = context.Store;
            var fingerprint = PostgresConnectionString.IsPostgres(destination)
                ? ToPostgres(source, destination, Journaled, t)
                : ToFile(source, Path.GetFullPath(destination), Journaled, t);
            void Journaled() => Meic.Core.Privacy.PrivacyLog.Write(source, "fullExport", $"whole cluster copied to {Describe(destination)}");
            if (context.Json)
            {
                context.WriteJson(new { source = source.Info.Location, destination = Describe(destination), verified = true,
                    collections = fingerprint.Collections, journal = fingerprint.JournalEntries, fullText = fingerprint.TextEntries, hashes = fingerprint.Hashes });
                return 0;
            }
            var table = new Table().AddColumn(t["store.copy.part"]).AddColumn(new TableColumn(t["store.copy.count"]).RightAligned()).AddColumn(t["store.copy.hash"]);
            foreach (var (name, count) in fingerprint.Collections)
                table.AddRow(new Text(name), new Text(count.ToString()), new Text(fingerprint.Hashes[$"documents:{name}"][..16]));
            table.AddRow(new Text(t["store.copy.journal"]), new Text(fingerprint.JournalEntries.ToString()), new Text(fingerprint.Hashes["journal"][..16]));
            table.AddRow(new Text(t["store.copy.fullText"]), new Text(fingerprint.TextEntries.ToString()), new Text(fingerprint.Hashes["fulltext"][..16]));
            context.Console.Write(new Text(t["store.copy.done"] + "\n"));
            context.Console.Write(new Text(t["store.copy.route", source.Info.Location, Describe(destination)] + "\n"));
            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static string Describe(string destination) =>
        PostgresConnectionString.IsPostgres(destination) ? PostgresConnectionString.Location(PostgresConnectionString.Normalise(destination, "--to")) : Path.GetFullPath(destination);

    private static StoreFingerprint ToPostgres(IDocumentStore source, string url, Action starting, Strings t)
    {
        using var target = PostgresDocumentStore.Open(PostgresConnectionString.Normalise(url, "--to"), create: true);
        return StoreCopier.Copy(source, target, starting, t);
    }

    private static StoreFingerprint ToFile(IDocumentStore source, string file, Action starting, Strings t)
    {
        if (File.Exists(file)) throw new InputException(t["store.copy.destinationExists"], file);
        var temp = file + ".partial";
        try
        {
            StoreFingerprint fingerprint;
            var liteDb = Path.GetExtension(file).Equals(".litedb", StringComparison.OrdinalIgnoreCase);
            using (var target = liteDb ? (IDocumentStore)Meic.Store.LiteDb.LiteDbDocumentStore.Open(temp, create: true) : SqliteDocumentStore.Open(temp, create: true))
            {
                CoreCollections.Declare(target); // the target indexes what the source does
                fingerprint = StoreCopier.Copy(source, target, starting, t);
            }
            File.Move(temp, file); // the copy appears whole and verified, or not at all
            return fingerprint;
        }
        finally
        {
            foreach (var f in new[] { temp, temp + "-wal", temp + "-shm" }.Concat(Meic.Store.LiteDb.LiteDbDocumentStore.FilesOf(temp))) if (File.Exists(f)) File.Delete(f);
        }
    }
}
