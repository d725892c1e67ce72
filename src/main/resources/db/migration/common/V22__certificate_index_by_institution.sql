-- Analytics count an institution's certificates by item and month of issue. Their index began with
-- the item id: a bulk award (thousands of items) inserted all over it, and H2 rewrote its pages at
-- every store. Beginning with the issuing institution and the time of issue, a new certificate goes
-- to the end of its institution's range; the index still holds every column the query reads.
drop index certificate_by_item;
create index certificate_by_institution on certificate (institution_id, issued_at, item_id, revoked_at);
