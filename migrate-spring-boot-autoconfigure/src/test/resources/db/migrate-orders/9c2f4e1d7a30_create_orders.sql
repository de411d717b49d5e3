-- Create orders
--
-- Revision ID: 9c2f4e1d7a30
-- Revises:
-- Create Date: 2026-11-21 12:00:00.000000

-- migrate:upgrade
CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, total DECIMAL(10, 2));

-- migrate:downgrade
DROP TABLE orders;
