using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Reports.Migrations
{
    /// <inheritdoc />
    public partial class RollupsFollowDonorMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A row booked under a merged donor's id (a reversal of one of its gifts, a gift racing the merge) is
            // rolled up for the survivor, whose rollups hold that donor's gifts (standing_gifts resolves them).
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION reports_rollup_ledger_entry() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    v_first_month int;
                    v_donor uuid := NEW.donor_id;
                BEGIN
                    -- donor_merges is the ledger's table: with the ledger's migrations rolled back below it, a gift
                    -- must still roll up (to its own donor) rather than fail.
                    IF to_regclass('donor_merges') IS NOT NULL THEN
                        v_donor := coalesce(
                            (SELECT m.survivor_id FROM donor_merges m WHERE m.merged_donor_id = NEW.donor_id), NEW.donor_id);
                    END IF;
                    PERFORM pg_advisory_xact_lock(1919250, hashtext(v_donor::text));
                    IF NEW.kind = 'gift' THEN
                        v_first_month := (SELECT fiscal_year_start_month FROM reports_settings WHERE id = 1);
                        INSERT INTO donor_giving_totals AS t (donor_id, currency, first_gift_on, last_gift_on, gift_count, amount)
                        VALUES (v_donor, NEW.currency, NEW.received_on, NEW.received_on, 1, NEW.amount)
                        ON CONFLICT (donor_id, currency) DO UPDATE SET
                            first_gift_on = least(t.first_gift_on, excluded.first_gift_on),
                            last_gift_on = greatest(t.last_gift_on, excluded.last_gift_on),
                            gift_count = t.gift_count + 1,
                            amount = t.amount + excluded.amount;
                        INSERT INTO donor_fiscal_year_giving AS f (donor_id, currency, fiscal_year, amount, gift_count)
                        VALUES (v_donor, NEW.currency, reports_fiscal_year(NEW.received_on, v_first_month), NEW.amount, 1)
                        ON CONFLICT (donor_id, currency, fiscal_year) DO UPDATE SET
                            amount = f.amount + excluded.amount,
                            gift_count = f.gift_count + 1;
                    ELSE
                        PERFORM reports_recompute_donor(v_donor, NEW.currency);
                    END IF;
                    RETURN NULL;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION reports_rollup_ledger_entry() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    v_first_month int;
                BEGIN
                    PERFORM pg_advisory_xact_lock(1919250, hashtext(NEW.donor_id::text));
                    IF NEW.kind = 'gift' THEN
                        v_first_month := (SELECT fiscal_year_start_month FROM reports_settings WHERE id = 1);
                        INSERT INTO donor_giving_totals AS t (donor_id, currency, first_gift_on, last_gift_on, gift_count, amount)
                        VALUES (NEW.donor_id, NEW.currency, NEW.received_on, NEW.received_on, 1, NEW.amount)
                        ON CONFLICT (donor_id, currency) DO UPDATE SET
                            first_gift_on = least(t.first_gift_on, excluded.first_gift_on),
                            last_gift_on = greatest(t.last_gift_on, excluded.last_gift_on),
                            gift_count = t.gift_count + 1,
                            amount = t.amount + excluded.amount;
                        INSERT INTO donor_fiscal_year_giving AS f (donor_id, currency, fiscal_year, amount, gift_count)
                        VALUES (NEW.donor_id, NEW.currency, reports_fiscal_year(NEW.received_on, v_first_month), NEW.amount, 1)
                        ON CONFLICT (donor_id, currency, fiscal_year) DO UPDATE SET
                            amount = f.amount + excluded.amount,
                            gift_count = f.gift_count + 1;
                    ELSE
                        PERFORM reports_recompute_donor(NEW.donor_id, NEW.currency);
                    END IF;
                    RETURN NULL;
                END $$;
                """);
        }
    }
}
