import { describe, expect, it } from 'vitest';
import { slugify } from './index.js';

const seedTitle =
  'Kết quả công tác kết nạp đảng viên 6 tháng đầu năm 2023 tại Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh';

describe('slugify', () => {
  it('turns the seed title into its slug', () => {
    expect(slugify(seedTitle)).toBe(
      'ket-qua-cong-tac-ket-nap-dang-vien-6-thang-dau-nam-2023-tai-dang-bo-khoi-co-quan-va-doanh-nghiep-tinh',
    );
  });

  it('gives the same slug for NFD input', () => {
    expect(slugify('Đảng bộ'.normalize('NFD'))).toBe('dang-bo');
  });
});
