-- The language the admin console speaks to a user ('es', 'en'); NULL until they choose, which means Spanish.
-- Kept on the user rather than in a browser cookie so the choice follows them to any computer they sign in from.

ALTER TABLE app_user ADD language NVARCHAR(8);
