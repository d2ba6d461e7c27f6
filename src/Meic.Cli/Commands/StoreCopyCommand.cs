using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Store.Postgres;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic store copy --to postgres://…|FILE.db</c>: the whole cluster, journal included, checked by counts and hashes.</summary>
internal static class StoreCopyCommand
{
    public static Command Create(MeicContext context)
    {
        var to = new Option<string>("--to") { Description = "Destination: a postgres:// URL, a key=value connection string, or a new .db file", Required = true };
        var command = new Command("copy", "Copy the whole cluster, journal included, to another store and verify it") { to };
        command.SetAction(parse =>
        {
            var destination = parse.GetValue(to)!;
            Meic.Cli.App.Access.RequireCoordinator(context, "a full export of the cluster (store copy)");
            var source = context.Store;
            var fingerprint = PostgresConnectionString.IsPostgres(destination)
                ? ToPostgres(source, destination, Journaled)
                : ToFile(source, Path.GetFullPath(destination), Journaled);
            void Journaled() => Meic.Core.Privacy.PrivacyLog.Write(source, "fullExport", $"whole cluster copied to {Describe(destination)}");
            if (context.Json)
            {
                context.WriteJson(new { source = source.Info.Location, destination = Describe(destination), verified = true,
                    collections = fingerprint.Collections, journal = fingerprint.JournalEntries, fullText = fingerprint.TextEntries, hashes = fingerprint.Hashes });
                return 0;
            }
            var table = new Table().AddColumn("part").AddColumn(new TableColumn("count").RightAligned()).AddColumn("sha-256 (both stores)");
            foreach (var (name, count) in fingerprint.Collections)
                table.AddRow(new Text(name), new Text(count.ToString()), new Text(fingerprint.Hashes[$"documents:{name}"][..16]));
            table.AddRow(new Text("journal"), new Text(fingerprint.JournalEntries.ToString()), new Text(fingerprint.Hashes["journal"][..16]));
            table.AddRow(new Text("full-text index"), new Text(fingerprint.TextEntries.ToString()), new Text(fingerprint.Hashes["fulltext"][..16]));
            context.Console.Write(new Text("Copied and verified: counts and content hashes match.\n"));
            context.Console.Write(new Text($"  from {source.Info.Location}\n  to   {Describe(destination)}\n"));
            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static string Describe(string destination) =>
        PostgresConnectionString.IsPostgres(destination) ? PostgresConnectionString.Location(PostgresConnectionString.Normalise(destination, "--to")) : Path.GetFullPath(destination);

    private static StoreFingerprint ToPostgres(IDocumentStore source, string url, Action starting)
    {
        using var target = PostgresDocumentStore.Open(PostgresConnectionString.Normalise(url, "--to"), create: true);
        return StoreCopier.Copy(source, target, starting);
    }

    private static StoreFingerprint ToFile(IDocumentStore source, string file, Action starting)
    {
        if (File.Exists(file)) throw new InputException("the destination file exists; copy into a new file.", file);
        var temp = file + ".partial";
        try
        {
            StoreFingerprint fingerprint;
            using (var target = SqliteDocumentStore.Open(temp, create: true)) fingerprint = StoreCopier.Copy(source, target, starting);
            File.Move(temp, file); // the copy appears whole and verified, or not at all
            return fingerprint;
        }
        finally
        {
            foreach (var f in new[] { temp, temp + "-wal", temp + "-shm" }) if (File.Exists(f)) File.Delete(f);
        }
    }
}
