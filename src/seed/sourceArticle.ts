// The founding article, as published on the department's old portal (../shared/source/000_6ea03af7b096242a.txt).
// The text is the author's, kept verbatim with its typos; only the page's indentation is dropped.
// The byline comes from the author record, not the body.

export const SOURCE_ARTICLE = {
  title:
    'KẾT QUẢ CHỈ SỐ HÀI LÒNG VỀ SỰ PHỤC VỤ HÀNH CHÍNH (SIPAR) NĂM 2023, CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2023 CỦA TỈNH LÀO CAI',
  /** The old portal showed this count; new views add to it. */
  legacyViews: 76,
  /** The date of the event it reports; the old page's publication date is not known. */
  publishedAt: '2024-04-17T08:00:00+07:00',
  /** Paragraphs before the photo. */
  paragraphsBeforeImage: [
    'Ngày 17/4/2024, tại Hà Nội, Bộ Nội vụ, cơ quan thường trực của Ban Chỉ đạo cải cách hành chính của Chính phủ chủ trì phối hợp với các cơ quan liên quan tổ chức Hội nghị công bố Chỉ số hài lòng về sự phục vụ hành chính (SIPAR), chỉ số cải cách hành chính (PAR INDEX) của các bộ cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương năm 2023.',
  ],
  /** Paragraphs after the photo. */
  paragraphsAfterImage: [
    'Điểm số đạt được của tỉnh Lào Cai năm 2023 đạt được là 90,60 điểm (gồm: Điểm thẩm định kết quả thực hiện nhiệm vụ CCHC là: 58,85 điểm; Điểm đo lường sự hài lòng (Sipas) là 8,88 điểm; Điểm khảo sát Lãnh đạo quản lý là 17,54 điểm; Điểm đánh giá đến tác động phát triển kinh tế - xã hội là 5,32 điểm), xếp thứ 7/63 tỉnh, thành phố trực thuộc Trung ương tăng 3, 67 điểm tăng 04 bậc so với năm 2022. Cụ thể:',
    'Chỉ số Hài lòng về sự phục vụ hành chính (SIPAR): Tiêu chí trách nhiệm giải trình của chính quyền cơ sở năm 2023 đạt 87,74% (năm 2022 đạt 83,21%); Tiêu chí sự tham của nhân dân vào quá trình xây dựng, tổ chức thực hiện cơ sở năm 2023 đạt 88,15% (năm 2022 đạt 82,90%); Chất lượng tổ chức thực hiện cỏa sở năm 2023 đạt 88,63% (năm 2022 đạt 82,66%); Tiêu chí kết quả tác động của cơ sở năm 2023 đạt 88,92% (năm 2022 đạt 83,50%); Tiêu chí tiếp cận dịch vụ năm 2023 đạt 89,43% (năm 2022 đạt 85,05%); Tiêu chí TTHC năm 2023 đạt 89,41% (năm 2022 đạt 85,67%); Tiêu chí công chức thực hiện giải quyết công việc năm 2023 đạt 88,77% (năm 2022 đạt 83,96%); Tiện chí kết quả dịch vụ năm 2023 đạt 88,69% (năm 85,09%); Tiêu chí việc tiếp nhận, xử lý phản ánh, kiến nghị của nhân dân năm 2023 đạt 88,20% (năm 2022 đạt 83,91%). Đánh giá chung điểm của chỉ số này đều tăng so với năm 2022.',
    'Chỉ số cải cách hành chính (PAR INDEX): Tỉnh Lào Cai được đánh giá trong nhóm A nhóm 7 tỉnh, thành phố có số điểm trên 90 điểm và đứng thứ 3/14 tỉnh thuộc khu vực Trung du miên núi phía Bắc. Tiểu chí “công tác chỉ đạo điêu hành CCHC” đứng thứ 26/63 tỉnh, thành (9,39 điểm đạt 98,84%); Tiêu chí “Cải cách thể chế” đứng thứ 46/63 tỉnh, thành (92,76 điểm); Tiêu chí “Cải cách TTHC” đứng thứ 39/63 tỉnh thành (đạt 94,18 %); Tiêu chí “Cải cách tổ chức bộ máy” đứng thứ 52/63 tỉnh, thành (đạt 89,30 %); Tiêu chí “Cải cách chế độ công vụ” đứng thứ 6/63 tỉnh, thành (đạt 88,66 %); Tiêu chí “Cải cách tài chính công” đứng thứ 9/63 tỉnh, thành (đạt 91,41 %); Tiêu chí “Xây dựng và phát triển Chính quyền điện tử, Chính quyền số” đứng thứ 17/63 tỉnh, thành phố.',
    'Từ những kết quả trên cho thấy năm 2023, đã có sự chỉ đạo quyết liệt của lãnh đạo tỉnh và có sự vào cuộc của cả hệ thống chính trị trong việc chỉ đạo, triển khai thực hiện công tác cải cách hành chính./.',
  ],
  image: {
    caption: 'Ảnh. Hội nghị công bố Chỉ số',
    alt: 'Ảnh thay thế: ảnh gốc của bài (Hội nghị công bố Chỉ số) chưa có trên cổng mới',
    filename: 'anh-thay-the-hoi-nghi-cong-bo-chi-so.png',
  },
  author: { name: 'Lưu Quỳnh Liên', position: 'Chuyên viên' },
  unit: { shortName: 'Phòng CCHC-VTLT', fullName: 'Phòng Cải cách hành chính - Văn thư lưu trữ' },
  category: { name: 'Cải cách hành chính', slug: 'cai-cach-hanh-chinh' },
} as const
